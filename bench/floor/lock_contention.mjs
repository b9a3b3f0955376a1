// lock_contention floor: many async functions increment one shared counter
// under a FIFO lock, yielding (`await null`) while holding it.
const TASKS = 100;
const ROUNDS = 1_000;
const M = 1_000_000_007;

class Lock {
  constructor() {
    this.locked = false;
    this.waiters = [];
  }
  async acquire() {
    if (!this.locked) {
      this.locked = true;
      return;
    }
    await new Promise((r) => this.waiters.push(r)); // ownership is handed over
  }
  release() {
    const next = this.waiters.shift();
    if (next) next();
    else this.locked = false;
  }
}

async function worker(lock, shared) {
  for (let k = 0; k < ROUNDS; k++) {
    await lock.acquire();
    try {
      const v = shared[0];
      await null;
      shared[0] = v + 1;
      shared[1] = (shared[1] + ((v * v) % M)) % M;
    } finally {
      lock.release();
    }
  }
}

const lock = new Lock();
const shared = [0, 0];
const workers = [];
for (let t = 0; t < TASKS; t++) workers.push(worker(lock, shared));
await Promise.all(workers);
console.log(`checksum: ${shared[0]} ${shared[1]}`);
