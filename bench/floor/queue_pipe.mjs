// queue_pipe floor: producers and consumers through a bounded async queue
// (maxsize 100) with taskDone/join, 500,000 items.
const ITEMS = 500_000;
const PRODUCERS = 4;
const CONSUMERS = 4;
const M = 1_000_000_007;

class Queue {
  constructor(maxsize) {
    this.maxsize = maxsize;
    this.items = [];
    this.getters = [];
    this.putters = [];
    this.unfinished = 0;
    this.joiners = [];
  }
  async put(item) {
    while (this.items.length >= this.maxsize) await new Promise((r) => this.putters.push(r));
    this.items.push(item);
    this.unfinished++;
    const g = this.getters.shift();
    if (g) g();
  }
  async get() {
    while (this.items.length === 0) await new Promise((r) => this.getters.push(r));
    const item = this.items.shift();
    const p = this.putters.shift();
    if (p) p();
    return item;
  }
  taskDone() {
    if (--this.unfinished === 0) for (const j of this.joiners.splice(0)) j();
  }
  join() {
    return this.unfinished === 0 ? Promise.resolve() : new Promise((r) => this.joiners.push(r));
  }
}

async function producer(q, start, count) {
  for (let i = start; i < start + count; i++) await q.put(i);
}

async function consumer(q, acc, stop) {
  while (!stop.done) {
    const item = await q.get();
    acc[0] += 1;
    acc[1] = (acc[1] + ((item * item) % M)) % M;
    q.taskDone();
  }
}

const q = new Queue(100);
const acc = [0, 0];
const stop = { done: false };
for (let c = 0; c < CONSUMERS; c++) consumer(q, acc, stop);
const per = ITEMS / PRODUCERS;
const producers = [];
for (let p = 0; p < PRODUCERS; p++) producers.push(producer(q, p * per, per));
await Promise.all(producers);
await q.join();
stop.done = true; // consumers left waiting on an empty queue are simply dropped
console.log(`checksum: ${acc[0]} ${acc[1]}`);
