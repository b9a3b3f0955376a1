// fib floor: recursive fib(27), repeated.
const REPEAT = 20;

function fib(n) {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}

let total = 0;
for (let r = 0; r < REPEAT; r++) total += fib(27);
console.log(`checksum: ${total}`);
