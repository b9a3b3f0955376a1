// sleep0_switch floor: 500 async functions x 1,000 `await null` (one trip
// through the microtask queue), released together by one promise.
const TASKS = 500;
const SWITCHES = 1_000;
const M = 1_000_000_007;
let state = 0;

async function worker(i, go) {
  await go;
  for (let k = 0; k < SWITCHES; k++) {
    await null;
    state = (state * 31 + i) % M;
  }
}

let release;
const go = new Promise((resolve) => (release = resolve));
const tasks = [];
for (let i = 0; i < TASKS; i++) tasks.push(worker(i, go));
release();
await Promise.all(tasks);
console.log(`checksum: ${TASKS * SWITCHES} ${state}`);
