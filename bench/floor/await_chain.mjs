// await_chain floor: a chain of `await f(n - 1)` 100 async calls deep, repeated.
const DEPTH = 100;
const REPEAT = 30_000;
const M = 1_000_000_007;

async function f(n) {
  if (n === 0) return 1;
  return (await f(n - 1)) + n;
}

let checksum = 0;
for (let r = 0; r < REPEAT; r++) checksum = (checksum * 31 + (await f(DEPTH)) + r) % M;
console.log(`checksum: ${checksum}`);
