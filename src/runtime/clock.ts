// The interpreter's clocks. Every time a program can read (time.time,
// time.monotonic, time.perf_counter, loop.time()) comes from one Clock.
//
// VirtualClock: starts at 0 and moves only when the program sleeps
// (time.sleep) or when the event loop has nothing ready and jumps to its next
// timer — so a program that sleeps 45 s finishes at once with exact times.
// RealClock: the machine's monotonic clock; waiting blocks the thread.

export interface Clock {
  readonly kind: "real" | "virtual";
  /** Seconds since the clock started (monotonic, loop.time()). */
  now(): number;
  /** Wall-clock seconds since the epoch (time.time()). */
  wall(): number;
  /** Blocks (real) or advances (virtual) by `seconds`. `flush` runs before a real wait. */
  sleep(seconds: number): void;
  /** The event loop waits until `deadline` (a now() value): virtual clocks land exactly on it. */
  waitUntil(deadline: number): void;
}

/** The epoch of virtual wall-clock time, as in the reference runner (pyref.py). */
export const VIRTUAL_EPOCH = 1_700_000_000.0;

export class VirtualClock implements Clock {
  readonly kind = "virtual";
  private t = 0;
  constructor(readonly epoch = VIRTUAL_EPOCH) {}
  now(): number {
    return this.t;
  }
  wall(): number {
    return this.epoch + this.t;
  }
  sleep(seconds: number): void {
    if (seconds > 0) this.t += seconds;
  }
  waitUntil(deadline: number): void {
    if (deadline > this.t) this.t = deadline;
  }
}

/** Blocks the thread without spinning (Atomics.wait works on Node's main thread). */
function blockFor(ms: number): void {
  if (ms <= 0) return;
  const sab = new SharedArrayBuffer(4);
  Atomics.wait(new Int32Array(sab), 0, 0, ms);
}

export class RealClock implements Clock {
  readonly kind = "real";
  private readonly start: number;
  private readonly startWall: number;
  constructor(
    private readonly perfNow: () => number = () => performance.now(),
    dateNow: () => number = () => Date.now(),
    /** Called before blocking, so that output written so far is visible. */
    readonly beforeBlock: () => void = () => {},
  ) {
    this.start = perfNow();
    this.startWall = dateNow();
  }
  now(): number {
    return (this.perfNow() - this.start) / 1000;
  }
  /** time.time(): the wall clock at start plus elapsed monotonic time, for sub-millisecond resolution like CPython's (Date.now() ticks in whole milliseconds). */
  wall(): number {
    return (this.startWall + (this.perfNow() - this.start)) / 1000;
  }
  sleep(seconds: number): void {
    if (seconds <= 0) return;
    this.beforeBlock();
    const end = this.now() + seconds;
    for (let left = seconds; left > 0; left = end - this.now()) blockFor(left * 1000);
  }
  waitUntil(deadline: number): void {
    const left = deadline - this.now();
    if (left > 0) this.sleep(left);
  }
}
