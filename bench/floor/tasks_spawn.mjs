// tasks_spawn floor: 100,000 async calls that each return a value, awaited
// together with Promise.all.
const N = 100_000;
const M = 1_000_000_007;

async function work(i) {
  return i * 7 + 3;
}

const tasks = [];
for (let i = 0; i < N; i++) tasks.push(work(i));
const results = await Promise.all(tasks);
let checksum = 0;
for (const r of results) checksum = (checksum * 31 + r) % M;
console.log(`checksum: ${results.length} ${checksum}`);
