// timers floor: 35,000 async functions each sleep a distinct pseudo-random
// delay on a virtual clock: a binary heap of (when, seq) timers, and a driver
// that fires the earliest timer once the woken work has run (one macrotask
// turn per deadline, as an event loop does).
const N = 35_000;
const M = 1_000_000_007;

function delays(n) {
  let x = 42;
  const d = [];
  for (let i = 1; i <= n; i++) d.push(i);
  for (let i = n - 1; i > 0; i--) {
    x = (x * 48271) % 2147483647;
    const j = x % (i + 1);
    [d[i], d[j]] = [d[j], d[i]];
  }
  return d;
}

let now = 0; // milliseconds
let seq = 0;
const heap = [];
const before = (a, b) => a.when < b.when || (a.when === b.when && a.seq < b.seq);

function push(t) {
  let i = heap.push(t) - 1;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!before(heap[i], heap[p])) break;
    [heap[i], heap[p]] = [heap[p], heap[i]];
    i = p;
  }
}

function pop() {
  const top = heap[0];
  const last = heap.pop();
  if (heap.length > 0) {
    heap[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && before(heap[l], heap[m])) m = l;
      if (r < heap.length && before(heap[r], heap[m])) m = r;
      if (m === i) break;
      [heap[i], heap[m]] = [heap[m], heap[i]];
      i = m;
    }
  }
  return top;
}

const sleep = (ms) => new Promise((resolve) => push({ when: now + ms, seq: seq++, resolve }));
const turn = () => new Promise((resolve) => setImmediate(resolve));

async function sleeper(i, ms, t0, acc) {
  await sleep(ms);
  const woke = now - t0;
  acc[0] = (acc[0] * 31 + i) % M;
  acc[1] = (acc[1] + woke) % M;
}

const acc = [0, 0];
const t0 = now;
const all = Promise.all(delays(N).map((ms, i) => sleeper(i, ms, t0, acc)));
while (heap.length > 0) {
  await turn();
  const t = pop();
  now = t.when;
  t.resolve();
}
await all;
console.log(`checksum: ${acc[0]} ${acc[1]}`);
