// CPython 3.11 compatible `random` module core: MT19937 generator plus the
// pure-Python algorithms of Lib/random.py, reproducing CPython's sequences
// bit for bit for a given seed.
//
// Floating point helpers (log, exp, sin, cos, pow) are computed with
// double-double arithmetic and rounded once, i.e. correctly rounded.  glibc's
// libm (used by CPython on Linux) is correctly rounded in all but a tiny
// fraction of cases, whereas JS engines' Math.* functions are not, which would
// make gauss()/expovariate() etc. drift from CPython in the last bit.

export class PyValueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ValueError';
  }
}

export class PyTypeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TypeError';
  }
}

export class PyZeroDivisionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZeroDivisionError';
  }
}

export class PyIndexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IndexError';
  }
}

// ---------------------------------------------------------------------------
// Double-double arithmetic (values are [hi, lo] with |lo| <= ulp(hi)/2)

type DD = [number, number];

const SPLITTER = 134217729; // 2^27 + 1

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, (a - (s - bb)) + (b - bb)];
}

function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return [s, b - (s - a)];
}

function twoProd(a: number, b: number): DD {
  const p = a * b;
  let t = SPLITTER * a;
  const ahi = t - (t - a);
  const alo = a - ahi;
  t = SPLITTER * b;
  const bhi = t - (t - b);
  const blo = b - bhi;
  return [p, ((ahi * bhi - p) + ahi * blo + alo * bhi) + alo * blo];
}

function ddAdd(a: DD, b: DD): DD {
  const s = twoSum(a[0], b[0]);
  const t = twoSum(a[1], b[1]);
  let e = s[1] + t[0];
  const u = quickTwoSum(s[0], e);
  e = t[1] + u[1];
  return quickTwoSum(u[0], e);
}

function ddNeg(a: DD): DD {
  return [-a[0], -a[1]];
}

function ddMul(a: DD, b: DD): DD {
  const p = twoProd(a[0], b[0]);
  return quickTwoSum(p[0], p[1] + (a[0] * b[1] + a[1] * b[0]));
}

function ddMulD(a: DD, b: number): DD {
  const p = twoProd(a[0], b);
  return quickTwoSum(p[0], p[1] + a[1] * b);
}

function ddDiv(a: DD, b: DD): DD {
  const q1 = a[0] / b[0];
  let r = ddAdd(a, ddNeg(ddMulD(b, q1)));
  const q2 = r[0] / b[0];
  r = ddAdd(r, ddNeg(ddMulD(b, q2)));
  const q3 = r[0] / b[0];
  return ddAdd(quickTwoSum(q1, q2), [q3, 0]);
}

const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];
const PIO2_1 = 1.5707963267948966;
const PIO2_2 = 6.123233995736766e-17;
const PIO2_3 = -1.4973849048591698e-33;
const ONE: DD = [1, 0];

const dv = new DataView(new ArrayBuffer(8));

/** Splits a positive finite double into m * 2**e with m in [1, 2). */
function frexp1(x: number): [number, number] {
  let e = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2**54
    e = -54;
  }
  dv.setFloat64(0, x, true);
  const bits = dv.getUint32(4, true);
  const exp = ((bits >>> 20) & 0x7ff) - 1023;
  return [x / pow2(exp), e + exp];
}

function pow2(e: number): number {
  if (e > 1023) return Math.pow(2, 1023) * Math.pow(2, e - 1023);
  if (e < -1022) return Math.pow(2, -1022) * Math.pow(2, e + 1022);
  return Math.pow(2, e);
}

let ODD_RECIPS: DD[] | null = null;

/** Natural log of a positive finite double, as a double-double. */
function logDD(x: number): DD {
  let [m, e] = frexp1(x);
  if (m > Math.SQRT2) {
    m /= 2;
    e += 1;
  }
  // log(m) = 2 atanh(s), s = (m - 1) / (m + 1); |s| <= 0.1716
  const s = ddDiv([m - 1, 0], twoSum(m, 1));
  const s2 = ddMul(s, s);
  if (ODD_RECIPS === null) {
    ODD_RECIPS = [];
    for (let i = 0; i < 24; i++) ODD_RECIPS.push(ddDiv(ONE, [2 * i + 1, 0]));
  }
  let acc = ODD_RECIPS[23];
  for (let i = 22; i >= 0; i--) acc = ddAdd(ddMul(acc, s2), ODD_RECIPS[i]);
  const logm = ddMulD(ddMul(s, acc), 2);
  if (e === 0) return logm;
  return ddAdd(ddMulD(LN2, e), logm);
}

/** exp of a double-double argument; returns a double-double (finite range only). */
function expDD(x: DD): DD {
  const k = Math.round(x[0] / LN2[0]);
  const r = ddAdd(x, ddNeg(ddMulD(LN2, k)));
  const rs: DD = [r[0] / 256, r[1] / 256];
  let acc: DD = ONE;
  for (let n = 11; n >= 1; n--) {
    const t = ddMul(acc, rs);
    acc = ddAdd(ONE, ddDiv(t, [n, 0]));
  }
  for (let i = 0; i < 8; i++) acc = ddMul(acc, acc);
  if (k > 1000) {
    const s = pow2(k - 1000);
    acc = [acc[0] * pow2(1000), acc[1] * pow2(1000)];
    return [acc[0] * s, acc[1] * s];
  }
  if (k < -1000) {
    // Scale in two steps; lo part below the subnormal range is irrelevant.
    const s1 = pow2(-1000);
    const hi = acc[0] * s1;
    const lo = acc[1] * s1;
    const s2 = pow2(k + 1000);
    const sum = hi + lo;
    return [sum * s2, 0];
  }
  const s = pow2(k);
  return [acc[0] * s, acc[1] * s];
}

export function crLog(x: number): number {
  if (!(x > 0) || x === Infinity) return Math.log(x);
  if (x === 1) return 0;
  const r = logDD(x);
  return r[0] + r[1];
}

export function crExp(x: number): number {
  if (x !== x) return x;
  if (x > 709.782712893384) return Infinity;
  if (x < -745.1332191019412) return 0;
  if (x === 0) return 1;
  const r = expDD([x, 0]);
  return r[0] + r[1];
}

/** x ** y for the cases that arise in the distributions (x > 0). */
export function crPow(x: number, y: number): number {
  if (!(x > 0) || x === Infinity || !Number.isFinite(y) || y === 0 || x === 1) return Math.pow(x, y);
  if (y === 1) return x;
  const t = ddMul(logDD(x), [y, 0]);
  if (t[0] > 709.782712893384) return Infinity;
  if (t[0] < -745.1332191019412) return 0;
  const r = expDD(t);
  return r[0] + r[1];
}

let SIN_COEF: DD[] | null = null;
let COS_COEF: DD[] | null = null;

function sinCosDD(x: number): [DD, DD] {
  // x - k*pi/2 with pi/2 held to ~160 bits
  const k = Math.round(x / PIO2_1);
  let r: DD = [x, 0];
  if (k !== 0) {
    r = ddAdd(r, ddNeg(twoProd(k, PIO2_1)));
    r = ddAdd(r, ddNeg(twoProd(k, PIO2_2)));
    r = ddAdd(r, [-k * PIO2_3, 0]);
  }
  if (SIN_COEF === null || COS_COEF === null) {
    SIN_COEF = [];
    COS_COEF = [];
    for (let n = 1; n <= 16; n++) {
      SIN_COEF.push(ddDiv(ONE, [2 * n * (2 * n + 1), 0]));
      COS_COEF.push(ddDiv(ONE, [(2 * n - 1) * 2 * n, 0]));
    }
  }
  const r2 = ddMul(r, r);
  let s: DD = ONE;
  let c: DD = ONE;
  for (let n = 15; n >= 0; n--) {
    s = ddAdd(ONE, ddNeg(ddMul(ddMul(s, r2), SIN_COEF[n])));
    c = ddAdd(ONE, ddNeg(ddMul(ddMul(c, r2), COS_COEF[n])));
  }
  s = ddMul(s, r);
  switch (((k % 4) + 4) % 4) {
    case 0: return [s, c];
    case 1: return [c, ddNeg(s)];
    case 2: return [ddNeg(s), ddNeg(c)];
    default: return [ddNeg(c), s];
  }
}

export function crSin(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) > 1e6) return Math.sin(x);
  if (x === 0) return x;
  const s = sinCosDD(x)[0];
  return s[0] + s[1];
}

export function crCos(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) > 1e6) return Math.cos(x);
  const c = sinCosDD(x)[1];
  return c[0] + c[1];
}

function crAcos(x: number): number {
  const a0 = Math.acos(x);
  if (!(x > -1 && x < 1)) return a0;
  const sn = Math.sin(a0);
  if (sn < 1e-4) return a0;
  // one Newton step: a = a0 + (cos(a0) - x) / sin(a0)
  const c = sinCosDD(a0)[1];
  const d = ddAdd(c, [-x, 0]);
  const corr = (d[0] + d[1]) / sn;
  const res = twoSum(a0, corr);
  return res[0] + res[1];
}

/** Python float % float for a positive modulus. */
function pyFmod(x: number, y: number): number {
  let m = x % y;
  if (m !== 0) {
    if ((y < 0) !== (m < 0)) m += y;
  } else {
    m = y < 0 ? -0 : 0;
  }
  return m;
}

// ---------------------------------------------------------------------------
// SHA-512

const SHA512_K: bigint[] = [
  '428a2f98d728ae22', '7137449123ef65cd', 'b5c0fbcfec4d3b2f', 'e9b5dba58189dbbc', '3956c25bf348b538',
  '59f111f1b605d019', '923f82a4af194f9b', 'ab1c5ed5da6d8118', 'd807aa98a3030242', '12835b0145706fbe',
  '243185be4ee4b28c', '550c7dc3d5ffb4e2', '72be5d74f27b896f', '80deb1fe3b1696b1', '9bdc06a725c71235',
  'c19bf174cf692694', 'e49b69c19ef14ad2', 'efbe4786384f25e3', '0fc19dc68b8cd5b5', '240ca1cc77ac9c65',
  '2de92c6f592b0275', '4a7484aa6ea6e483', '5cb0a9dcbd41fbd4', '76f988da831153b5', '983e5152ee66dfab',
  'a831c66d2db43210', 'b00327c898fb213f', 'bf597fc7beef0ee4', 'c6e00bf33da88fc2', 'd5a79147930aa725',
  '06ca6351e003826f', '142929670a0e6e70', '27b70a8546d22ffc', '2e1b21385c26c926', '4d2c6dfc5ac42aed',
  '53380d139d95b3df', '650a73548baf63de', '766a0abb3c77b2a8', '81c2c92e47edaee6', '92722c851482353b',
  'a2bfe8a14cf10364', 'a81a664bbc423001', 'c24b8b70d0f89791', 'c76c51a30654be30', 'd192e819d6ef5218',
  'd69906245565a910', 'f40e35855771202a', '106aa07032bbd1b8', '19a4c116b8d2d0c8', '1e376c085141ab53',
  '2748774cdf8eeb99', '34b0bcb5e19b48a8', '391c0cb3c5c95a63', '4ed8aa4ae3418acb', '5b9cca4f7763e373',
  '682e6ff3d6b2b8a3', '748f82ee5defb2fc', '78a5636f43172f60', '84c87814a1f0ab72', '8cc702081a6439ec',
  '90befffa23631e28', 'a4506cebde82bde9', 'bef9a3f7b2c67915', 'c67178f2e372532b', 'ca273eceea26619c',
  'd186b8c721c0c207', 'eada7dd6cde0eb1e', 'f57d4f7fee6ed178', '06f067aa72176fba', '0a637dc5a2c898a6',
  '113f9804bef90dae', '1b710b35131c471b', '28db77f523047d84', '32caab7b40c72493', '3c9ebe0a15c9bebc',
  '431d67c49c100d4c', '4cc5d4becb3e42b6', '597f299cfc657e2a', '5fcb6fab3ad6faec', '6c44198c4a475817',
].map((h) => BigInt('0x' + h));

const SHA512_H0: bigint[] = [
  '6a09e667f3bcc908', 'bb67ae8584caa73b', '3c6ef372fe94f82b', 'a54ff53a5f1d36f1',
  '510e527fade682d1', '9b05688c2b3e6c1f', '1f83d9abfb41bd6b', '5be0cd19137e2179',
].map((h) => BigInt('0x' + h));

const M64 = (1n << 64n) - 1n;

function rotr64(x: bigint, n: bigint): bigint {
  return ((x >> n) | (x << (64n - n))) & M64;
}

export function sha512(data: Uint8Array): Uint8Array {
  const len = data.length;
  const total = Math.ceil((len + 17) / 128) * 128;
  const buf = new Uint8Array(total);
  buf.set(data);
  buf[len] = 0x80;
  const bitLen = BigInt(len) * 8n;
  for (let i = 0; i < 16; i++) buf[total - 1 - i] = Number((bitLen >> BigInt(8 * i)) & 0xffn);
  const h = SHA512_H0.slice();
  const w: bigint[] = new Array(80);
  const view = new DataView(buf.buffer);
  for (let off = 0; off < total; off += 128) {
    for (let t = 0; t < 16; t++) w[t] = view.getBigUint64(off + 8 * t, false);
    for (let t = 16; t < 80; t++) {
      const x = w[t - 15];
      const y = w[t - 2];
      const s0 = rotr64(x, 1n) ^ rotr64(x, 8n) ^ (x >> 7n);
      const s1 = rotr64(y, 19n) ^ rotr64(y, 61n) ^ (y >> 6n);
      w[t] = (w[t - 16] + s0 + w[t - 7] + s1) & M64;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let t = 0; t < 80; t++) {
      const S1 = rotr64(e, 14n) ^ rotr64(e, 18n) ^ rotr64(e, 41n);
      const ch = (e & f) ^ (~e & M64 & g);
      const t1 = (hh + S1 + ch + SHA512_K[t] + w[t]) & M64;
      const S0 = rotr64(a, 28n) ^ rotr64(a, 34n) ^ rotr64(a, 39n);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) & M64;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) & M64;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) & M64;
    }
    h[0] = (h[0] + a) & M64;
    h[1] = (h[1] + b) & M64;
    h[2] = (h[2] + c) & M64;
    h[3] = (h[3] + d) & M64;
    h[4] = (h[4] + e) & M64;
    h[5] = (h[5] + f) & M64;
    h[6] = (h[6] + g) & M64;
    h[7] = (h[7] + hh) & M64;
  }
  const out = new Uint8Array(64);
  const ov = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) ov.setBigUint64(8 * i, h[i], false);
  return out;
}

function utf8Encode(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

function bytesToBigInt(b: Uint8Array): bigint {
  if (b.length === 0) return 0n;
  let hex = '';
  for (let i = 0; i < b.length; i++) hex += (b[i] < 16 ? '0' : '') + b[i].toString(16);
  return BigInt('0x' + hex);
}

// ---------------------------------------------------------------------------
// Python's hash() of a float (sys.hash_info: modulus 2**61 - 1)

const HASH_MODULUS = (1n << 61n) - 1n;

export function pyHashFloat(v: number): bigint {
  if (!Number.isFinite(v)) {
    if (v === Infinity) return 314159n;
    if (v === -Infinity) return -314159n;
    return 0n; // NaN hashes by identity in CPython; no stable value exists
  }
  if (v === 0) return 0n;
  const neg = v < 0;
  let [m, e] = frexp1(Math.abs(v));
  // v = m * 2**e, m in [1, 2): make the mantissa an integer
  m *= 4503599627370496; // 2**52
  e -= 52;
  const num = BigInt(m);
  const sh = ((e % 61) + 61) % 61;
  let x = (num << BigInt(sh)) % HASH_MODULUS;
  if (neg) x = -x;
  if (x === -1n) x = -2n;
  return x;
}

// ---------------------------------------------------------------------------
// Mersenne Twister

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

const TWOPI = 6.283185307179586;
const NV_MAGICCONST = 1.7155277699214135; // 4 * exp(-0.5) / sqrt(2.0)
const LOG4 = 1.3862943611198906; // log(4.0)
const SG_MAGICCONST = 2.504077396776274; // 1.0 + log(4.5)
const E = 2.718281828459045;
const TWO32 = 4294967296;

function bitLengthBig(n: bigint): number {
  if (n < 0n) n = -n;
  if (n === 0n) return 0;
  if (n < 9007199254740992n) {
    const x = Number(n);
    if (x < TWO32) return 32 - Math.clz32(x);
    return 64 - Math.clz32(Math.floor(x / TWO32));
  }
  return n.toString(16).length * 4 - Math.clz32(parseInt(n.toString(16)[0], 16)) + 28;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  if ((a % b !== 0n) && ((a < 0n) !== (b < 0n))) return q - 1n;
  return q;
}

function bigIntToKey(n: bigint): Uint32Array {
  if (n < 0n) n = -n;
  if (n === 0n) return Uint32Array.of(0);
  if (n < 9007199254740992n) {
    const x = Number(n);
    if (x < TWO32) return Uint32Array.of(x);
    return Uint32Array.of(x % TWO32, Math.floor(x / TWO32));
  }
  const hex = n.toString(16);
  const words = Math.ceil(hex.length / 8);
  const key = new Uint32Array(words);
  for (let i = 0; i < words; i++) {
    const end = hex.length - 8 * i;
    key[i] = parseInt(hex.slice(Math.max(0, end - 8), end), 16);
  }
  return key;
}

export type RandomState = [number, number[], number | null];

export class MersenneTwister {
  private mt = new Uint32Array(N);
  private mti = N + 1;
  gaussNext: number | null = null;

  constructor(seed?: bigint | number | string | Uint8Array | null) {
    this.seed(seed === undefined ? null : seed);
  }

  // ---- core generator -----------------------------------------------------

  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.mti = N;
  }

  private initByArray(key: Uint32Array): void {
    const mt = this.mt;
    const keyLength = key.length;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = N > keyLength ? N : keyLength; k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + key[j] + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= keyLength) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
    this.mti = N;
  }

  private twist(): void {
    const mt = this.mt;
    let kk = 0;
    let y: number;
    for (; kk < N - M; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    for (; kk < N - 1; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
    mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    this.mti = 0;
  }

  /** genrand_uint32 */
  genrandUint32(): number {
    if (this.mti >= N) this.twist();
    let y = this.mt[this.mti++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  // ---- seeding ------------------------------------------------------------

  seed(a: bigint | number | string | Uint8Array | null = null, version = 2): void {
    if (version === 1 && (typeof a === 'string' || a instanceof Uint8Array)) {
      const codes: number[] = [];
      if (typeof a === 'string') {
        for (const ch of a) codes.push(ch.codePointAt(0)!);
      } else {
        for (const b of a) codes.push(b);
      }
      let x = codes.length ? BigInt(codes[0]) << 7n : 0n;
      for (const c of codes) x = ((1000003n * x) ^ BigInt(c)) & M64;
      x ^= BigInt(codes.length);
      a = x;
    } else if (version === 2 && (typeof a === 'string' || a instanceof Uint8Array)) {
      const bytes = typeof a === 'string' ? utf8Encode(a) : a;
      const digest = sha512(bytes);
      const all = new Uint8Array(bytes.length + 64);
      all.set(bytes);
      all.set(digest, bytes.length);
      a = bytesToBigInt(all);
    }
    if (a === null || typeof a === 'string' || a instanceof Uint8Array) {
      // None (or a str/bytes with an unknown version, which CPython seeds
      // from the per-process randomized hash): seed from entropy.
      this.initByArray(entropyKey());
    } else if (typeof a === 'bigint') {
      this.initByArray(bigIntToKey(a));
    } else {
      let h = pyHashFloat(a);
      if (h < 0n) h += 1n << 64n; // (size_t)hash
      this.initByArray(bigIntToKey(h));
    }
    this.gaussNext = null;
  }

  getstate(): RandomState {
    const st: number[] = Array.from(this.mt);
    st.push(this.mti);
    return [3, st, this.gaussNext];
  }

  setstate(s: unknown): void {
    if (!Array.isArray(s) || s.length < 1) throw new PyTypeError('state vector must be a tuple');
    const version = Number(s[0]);
    if (version !== 3 && version !== 2) {
      throw new PyValueError(
        `state with version ${String(s[0])} passed to Random.setstate() of version 3`,
      );
    }
    if (s.length !== 3) throw new PyValueError(`too many values to unpack (expected 3)`);
    const inner = s[1];
    const gn = s[2];
    if (!Array.isArray(inner)) throw new PyTypeError('state vector must be a tuple');
    if (inner.length !== N + 1) throw new PyValueError('state vector is the wrong size');
    const mt = new Uint32Array(N);
    for (let i = 0; i < N; i++) {
      let v = typeof inner[i] === 'bigint' ? (inner[i] as bigint) : BigInt(inner[i] as number);
      if (version === 2) v = ((v % TWO32_BIG) + TWO32_BIG) % TWO32_BIG;
      if (v < 0n) throw new PyValueError("can't convert negative int to unsigned");
      if (v >= TWO32_BIG) throw new PyValueError('Python int too large to convert to C unsigned long');
      mt[i] = Number(v);
    }
    const index = Number(inner[N]);
    if (!(index >= 0 && index <= N)) throw new PyValueError('invalid state');
    this.mt = mt;
    this.mti = index;
    this.gaussNext = gn === null || gn === undefined ? null : Number(gn);
  }

  // ---- basic outputs --------------------------------------------------------

  /** genrand_res53: float in [0, 1) */
  random(): number {
    const a = this.genrandUint32() >>> 5;
    const b = this.genrandUint32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  getrandbits(k: number): bigint {
    if (k < 0) throw new PyValueError('number of bits must be non-negative');
    if (k === 0) return 0n;
    if (k <= 32) return BigInt(this.genrandUint32() >>> (32 - k));
    if (k <= 53) return BigInt(this.getrandbitsNumber(k));
    const words = Math.floor((k - 1) / 32) + 1;
    const parts: string[] = new Array(words);
    let rem = k;
    for (let i = 0; i < words; i++, rem -= 32) {
      let r = this.genrandUint32();
      if (rem < 32) r >>>= 32 - rem;
      parts[words - 1 - i] = r.toString(16).padStart(8, '0');
    }
    return BigInt('0x' + parts.join(''));
  }

  /** getrandbits for 0 <= k <= 53, as a JS number. */
  getrandbitsNumber(k: number): number {
    if (k <= 0) {
      if (k < 0) throw new PyValueError('number of bits must be non-negative');
      return 0;
    }
    if (k <= 32) return this.genrandUint32() >>> (32 - k);
    const lo = this.genrandUint32();
    const hi = this.genrandUint32() >>> (64 - k);
    return hi * TWO32 + lo;
  }

  randbytes(n: number): Uint8Array {
    if (n < 0) throw new PyValueError('number of bits must be non-negative');
    const out = new Uint8Array(n);
    let i = 0;
    for (; i + 4 <= n; i += 4) {
      const r = this.genrandUint32();
      out[i] = r & 0xff;
      out[i + 1] = (r >>> 8) & 0xff;
      out[i + 2] = (r >>> 16) & 0xff;
      out[i + 3] = r >>> 24;
    }
    const rem = n - i;
    if (rem > 0) {
      const r = this.genrandUint32() >>> (32 - rem * 8);
      for (let j = 0; j < rem; j++) out[i + j] = (r >>> (8 * j)) & 0xff;
    }
    return out;
  }

  // ---- integers -------------------------------------------------------------

  /** _randbelow_with_getrandbits for 0 < n <= 2**53 (JS numbers). */
  randbelowNumber(n: number): number {
    if (n <= TWO32 - 1) {
      if (n <= 0) throw new PyValueError('empty range for randrange()');
      const shift = Math.clz32(n); // 32 - bit_length(n)
      let r = this.genrandUint32() >>> shift;
      while (r >= n) r = this.genrandUint32() >>> shift;
      return r;
    }
    const k = 64 - Math.clz32(Math.floor(n / TWO32));
    let r = this.getrandbitsNumber(k);
    while (r >= n) r = this.getrandbitsNumber(k);
    return r;
  }

  randbelow(n: bigint): bigint {
    if (n <= 9007199254740992n) return BigInt(this.randbelowNumber(Number(n)));
    const k = bitLengthBig(n);
    let r = this.getrandbits(k);
    while (r >= n) r = this.getrandbits(k);
    return r;
  }

  randrange(start: bigint, stop?: bigint | null, step?: bigint | null): bigint {
    if (stop === undefined || stop === null) {
      if (step !== undefined && step !== null && step !== 1n) {
        throw new PyTypeError('Missing a non-None stop argument');
      }
      if (start > 0n) return this.randbelow(start);
      throw new PyValueError('empty range for randrange()');
    }
    const width = stop - start;
    const istep = step === undefined || step === null ? 1n : step;
    if (istep === 1n) {
      if (width > 0n) return start + this.randbelow(width);
      throw new PyValueError(`empty range for randrange() (${start}, ${stop}, ${width})`);
    }
    let n: bigint;
    if (istep > 0n) n = floorDiv(width + istep - 1n, istep);
    else if (istep < 0n) n = floorDiv(width + istep + 1n, istep);
    else throw new PyValueError('zero step for randrange()');
    if (n <= 0n) throw new PyValueError('empty range for randrange()');
    return start + istep * this.randbelow(n);
  }

  randint(a: bigint, b: bigint): bigint {
    return this.randrange(a, b + 1n);
  }

  /** randint for safe-integer arguments whose range fits 2**53. */
  randintNumber(a: number, b: number): number {
    const width = b + 1 - a;
    if (width > 0 && width <= 9007199254740992 && Number.isSafeInteger(a) && Number.isSafeInteger(b)) {
      return a + this.randbelowNumber(width);
    }
    return Number(this.randint(BigInt(a), BigInt(b)));
  }

  // ---- sequences ------------------------------------------------------------

  choiceIndex(n: number): number {
    if (n <= 0) throw new PyIndexError('Cannot choose from an empty sequence');
    return this.randbelowNumber(n);
  }

  shuffle<T>(xs: T[]): void {
    for (let i = xs.length - 1; i >= 1; i--) {
      const j = this.randbelowNumber(i + 1);
      const t = xs[i];
      xs[i] = xs[j];
      xs[j] = t;
    }
  }

  sampleIndices(n: number, k: number): number[] {
    if (!(k >= 0 && k <= n)) throw new PyValueError('Sample larger than population or is negative');
    const result: number[] = new Array(k);
    let setsize = 21;
    if (k > 5) setsize += Math.pow(4, Math.ceil(crLog(k * 3) / crLog(4)));
    if (n <= setsize) {
      const pool: number[] = new Array(n);
      for (let i = 0; i < n; i++) pool[i] = i;
      for (let i = 0; i < k; i++) {
        const j = this.randbelowNumber(n - i);
        result[i] = pool[j];
        pool[j] = pool[n - i - 1];
      }
    } else {
      const selected = new Set<number>();
      for (let i = 0; i < k; i++) {
        let j = this.randbelowNumber(n);
        while (selected.has(j)) j = this.randbelowNumber(n);
        selected.add(j);
        result[i] = j;
      }
    }
    return result;
  }

  /**
   * Indices picked by choices(population, k=k) (no weights), or by
   * choices(population, cum_weights=cumWeights, k=k).  With `weights`,
   * pass their running sums (itertools.accumulate) as cumWeights.
   */
  choicesIndices(n: number, k: number, cumWeights?: number[] | null): number[] {
    const out: number[] = [];
    if (cumWeights === undefined || cumWeights === null) {
      const nf = n + 0.0;
      for (let i = 0; i < k; i++) out.push(Math.floor(this.random() * nf));
      return out;
    }
    if (cumWeights.length !== n) throw new PyValueError('The number of weights does not match the population');
    if (n === 0) throw new PyIndexError('list index out of range');
    const total = cumWeights[n - 1] + 0.0;
    if (!(total > 0.0)) {
      if (total !== total) throw new PyValueError('Total of weights must be finite');
      throw new PyValueError('Total of weights must be greater than zero');
    }
    if (!Number.isFinite(total)) throw new PyValueError('Total of weights must be finite');
    const hi = n - 1;
    for (let i = 0; i < k; i++) {
      const x = this.random() * total;
      // bisect_right(cumWeights, x, 0, hi)
      let lo = 0;
      let h = hi;
      while (lo < h) {
        const mid = (lo + h) >>> 1;
        if (x < cumWeights[mid]) h = mid;
        else lo = mid + 1;
      }
      out.push(lo);
    }
    return out;
  }

  // ---- real-valued distributions ---------------------------------------------

  uniform(a: number, b: number): number {
    return a + (b - a) * this.random();
  }

  triangular(low = 0.0, high = 1.0, mode: number | null = null): number {
    const u0 = this.random();
    let u = u0;
    let c: number;
    if (mode === null) c = 0.5;
    else {
      if (high - low === 0) return low;
      c = (mode - low) / (high - low);
    }
    if (u > c) {
      u = 1.0 - u;
      c = 1.0 - c;
      const t = low;
      low = high;
      high = t;
    }
    return low + (high - low) * Math.sqrt(u * c);
  }

  normalvariate(mu = 0.0, sigma = 1.0): number {
    let z: number;
    for (;;) {
      const u1 = this.random();
      const u2 = 1.0 - this.random();
      z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
      const zz = (z * z) / 4.0;
      if (zz <= -crLog(u2)) break;
    }
    return mu + z * sigma;
  }

  gauss(mu = 0.0, sigma = 1.0): number {
    let z = this.gaussNext;
    this.gaussNext = null;
    if (z === null) {
      const x2pi = this.random() * TWOPI;
      const g2rad = Math.sqrt(-2.0 * crLog(1.0 - this.random()));
      const sc = sinCosDD(x2pi);
      z = (sc[1][0] + sc[1][1]) * g2rad;
      this.gaussNext = (sc[0][0] + sc[0][1]) * g2rad;
    }
    return mu + z * sigma;
  }

  lognormvariate(mu: number, sigma: number): number {
    return crExp(this.normalvariate(mu, sigma));
  }

  expovariate(lambd: number): number {
    const r = -crLog(1.0 - this.random());
    if (lambd === 0) throw new PyZeroDivisionError('float division by zero');
    return r / lambd;
  }

  vonmisesvariate(mu: number, kappa: number): number {
    if (kappa <= 1e-6) return TWOPI * this.random();
    const s = 0.5 / kappa;
    const r = s + Math.sqrt(1.0 + s * s);
    let z: number;
    for (;;) {
      const u1 = this.random();
      z = crCos(Math.PI * u1);
      const d = z / (r + z);
      const u2 = this.random();
      if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * crExp(d)) break;
    }
    const q = 1.0 / r;
    const f = (q + z) / (1.0 + q * z);
    const u3 = this.random();
    if (u3 > 0.5) return pyFmod(mu + crAcos(f), TWOPI);
    return pyFmod(mu - crAcos(f), TWOPI);
  }

  gammavariate(alpha: number, beta: number): number {
    if (alpha <= 0.0 || beta <= 0.0) throw new PyValueError('gammavariate: alpha and beta must be > 0.0');
    if (alpha > 1.0) {
      const ainv = Math.sqrt(2.0 * alpha - 1.0);
      const bbb = alpha - LOG4;
      const ccc = alpha + ainv;
      for (;;) {
        const u1 = this.random();
        if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
        const u2 = 1.0 - this.random();
        const v = crLog(u1 / (1.0 - u1)) / ainv;
        const x = alpha * crExp(v);
        const z = u1 * u1 * u2;
        const r = bbb + ccc * v - x;
        if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= crLog(z)) return x * beta;
      }
    } else if (alpha === 1.0) {
      return -crLog(1.0 - this.random()) * beta;
    } else {
      let x: number;
      for (;;) {
        const u = this.random();
        const b = (E + alpha) / E;
        const p = b * u;
        if (p <= 1.0) x = crPow(p, 1.0 / alpha);
        else x = -crLog((b - p) / alpha);
        const u1 = this.random();
        if (p > 1.0) {
          if (u1 <= crPow(x, alpha - 1.0)) break;
        } else if (u1 <= crExp(-x)) break;
      }
      return x * beta;
    }
  }

  betavariate(alpha: number, beta: number): number {
    const y = this.gammavariate(alpha, 1.0);
    if (y) return y / (y + this.gammavariate(beta, 1.0));
    return 0.0;
  }

  paretovariate(alpha: number): number {
    const u = 1.0 - this.random();
    if (alpha === 0) throw new PyZeroDivisionError('float division by zero');
    return crPow(u, -1.0 / alpha);
  }

  weibullvariate(alpha: number, beta: number): number {
    const u = 1.0 - this.random();
    if (beta === 0) throw new PyZeroDivisionError('float division by zero');
    return alpha * crPow(-crLog(u), 1.0 / beta);
  }
}

const TWO32_BIG = 4294967296n;

function entropyKey(): Uint32Array {
  const key = new Uint32Array(N);
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint32Array) => Uint32Array } }).crypto;
  if (c && typeof c.getRandomValues === 'function') {
    c.getRandomValues(key);
  } else {
    const t = Date.now();
    for (let i = 0; i < N; i++) key[i] = (Math.random() * TWO32) >>> 0;
    key[0] ^= t >>> 0;
    key[1] ^= Math.floor(t / TWO32) >>> 0;
  }
  return key;
}
