// startup floor: the whole Node.js process for a one-line program.
console.log("hi");
console.log("checksum: hi");
