// await_chain's allocation shape in bare JS, without the interpreter: per
// level a frame-like object, a slot array, a coroutine-like object and a
// generator, delegated with yield* (as pyasync runs `return await f(n - 1) + n`).
// The time it prints is what that design costs before any interpretation:
// `node bench/probes/await-chain-shape.mjs`.
class Frame { constructor(n) { this.code = null; this.locals = new Array(n); this.line = 0; this.ret = null; this.handling = null; this.escaped = false; this.closure = null; this.globals = null; } }
class Coro { constructor(g, f) { this.cls = null; this.dict = null; this.flags = 0; this.g = g; this.frame = f; this.names = null; } }
function* body(f) {
  const n = f.locals[0];
  if (n === 0) return 1;
  const vals = new Array(2);
  const f2 = new Frame(1); f2.locals[0] = n - 1;
  const c = new Coro(body, f2);
  c.flags |= 3;
  const g = c.g(c.frame);
  vals[0] = yield* g;
  c.flags |= 4;
  vals[1] = n;
  return vals[0] + vals[1];
}
let checksum = 0;
const t0 = process.hrtime.bigint();
for (let r = 0; r < 30000; r++) {
  const f = new Frame(1); f.locals[0] = 100;
  const g = body(f);
  let x = g.next();
  checksum = (checksum * 31 + x.value + r) % 1000000007;
}
console.log(checksum, Number(process.hrtime.bigint() - t0) / 1e6, "ms");
