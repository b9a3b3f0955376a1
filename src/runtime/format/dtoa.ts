// Decimal digits of a double, as CPython's _Py_dg_dtoa produces them.
//
// All results are correctly rounded from the exact binary value, with ties
// going to even (the rounding CPython's dtoa uses in modes 2 and 3).
// The common cases come from Number.prototype.toExponential / toFixed,
// which are exact except that they round ties away from zero; exact ties are
// detected cheaply and handed to an exact BigInt expansion instead.
//
// A result is `digits` (no leading zeros, trailing zeros stripped; "" when
// the value rounds to zero) and `decpt`, the position of the decimal point
// relative to the start of `digits` (value = 0.DIGITS * 10**decpt).

export interface Digits {
  digits: string;
  decpt: number;
}

const view = new DataView(new ArrayBuffer(8));
const LOG10_5 = Math.log10(5);

let mant = 0; // odd significand of the last decompose() call
let expo = 0; // its binary exponent: value = mant * 2**expo

/** Splits a finite positive double into an odd integer mant and exponent expo. */
function decompose(ax: number): void {
  view.setFloat64(0, ax);
  let hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const bexp = hi >>> 20;
  hi &= 0xfffff;
  let e: number;
  if (bexp === 0) {
    e = -1074;
  } else {
    hi |= 0x100000;
    e = bexp - 1075;
  }
  // Strip trailing zero bits so that the significand is odd.
  let tz: number;
  if (lo !== 0) tz = 31 - Math.clz32(lo & -lo);
  else if (hi !== 0) tz = 63 - Math.clz32(hi & -hi);
  else tz = 0;
  mant = (hi * 4294967296 + lo) / 2 ** tz;
  expo = e + tz;
}

function stripTrailingZeros(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 48) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** The exact decimal expansion of a finite positive double (maybe trailing zeros). */
export function exactDigits(ax: number): Digits {
  if (Number.isSafeInteger(ax)) {
    const s = String(ax);
    return { digits: s, decpt: s.length };
  }
  decompose(ax);
  if (expo >= 0) {
    const s = (BigInt(mant) << BigInt(expo)).toString();
    return { digits: s, decpt: s.length };
  }
  const k = -expo;
  const s = (BigInt(mant) * 5n ** BigInt(k)).toString();
  return { digits: s, decpt: s.length - k };
}

/**
 * Rounds an exact digit string to its first `cut` digits, half-even.
 * The result has trailing zeros stripped; "" means zero.
 */
export function roundDigits(d: Digits, cut: number): Digits {
  const digits = d.digits;
  if (cut >= digits.length) return { digits: stripTrailingZeros(digits), decpt: d.decpt };
  if (cut < 0) return { digits: "", decpt: d.decpt };
  const next = digits.charCodeAt(cut) - 48;
  let up: boolean;
  if (next !== 5) {
    up = next > 5;
  } else {
    up = cut > 0 && (digits.charCodeAt(cut - 1) & 1) === 1;
    if (!up) {
      for (let i = cut + 1; i < digits.length; i++) {
        if (digits.charCodeAt(i) !== 48) {
          up = true;
          break;
        }
      }
    }
  }
  if (!up) return { digits: stripTrailingZeros(digits.slice(0, cut)), decpt: d.decpt };
  let i = cut - 1;
  while (i >= 0 && digits.charCodeAt(i) === 57) i--;
  if (i < 0) return { digits: "1", decpt: d.decpt + 1 };
  return {
    digits: digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1),
    decpt: d.decpt,
  };
}

/** Digits of the output of toString / toExponential / toFixed for a positive value. */
function parseJsNumber(s: string): Digits {
  let e = s.indexOf("e");
  let exp = 0;
  if (e >= 0) {
    exp = Number(s.slice(e + 1));
  } else {
    e = s.length;
  }
  const dot = s.indexOf(".");
  let intPart: string;
  let frac: string;
  if (dot >= 0 && dot < e) {
    intPart = s.slice(0, dot);
    frac = s.slice(dot + 1, e);
  } else {
    intPart = s.slice(0, e);
    frac = "";
  }
  let all = intPart + frac;
  let decpt = intPart.length + exp;
  let lead = 0;
  while (lead < all.length && all.charCodeAt(lead) === 48) lead++;
  if (lead > 0) {
    all = all.slice(lead);
    decpt -= lead;
  }
  return { digits: stripTrailingZeros(all), decpt };
}

/** Shortest digits that round-trip (dtoa mode 0); ax finite and > 0. */
export function shortestDigits(ax: number): Digits {
  return parseJsNumber(String(ax));
}

/**
 * `n` significant digits, correctly rounded (dtoa mode 2; n < 1 counts as 1).
 * ax finite and > 0.
 */
export function precisionDigits(ax: number, n: number): Digits {
  if (n < 1) n = 1;
  if (n <= 101) {
    decompose(ax);
    if (expo < 0) {
      // The exact expansion of mant * 5**k has about D significant digits;
      // a tie needs exactly n + 1 of them.
      const est = Math.log10(mant) + -expo * LOG10_5 + 1;
      if (est < n - 0.5 || est > n + 2.5) {
        return parseJsNumber(ax.toExponential(n - 1));
      }
    }
  }
  return roundDigits(exactDigits(ax), n);
}

/**
 * Digits rounded to `nd` places after the decimal point (dtoa mode 3; nd may
 * be negative). A zero result has digits "" and decpt = -nd, as dtoa returns.
 * ax finite and > 0.
 */
export function fixedDigits(ax: number, nd: number): Digits {
  let r: Digits;
  if (nd >= 0 && nd <= 100 && ax < 1e21) {
    decompose(ax);
    if (expo === -(nd + 1)) {
      const ex = exactDigits(ax);
      r = roundDigits(ex, ex.decpt + nd);
    } else {
      r = parseJsNumber(ax.toFixed(nd));
    }
  } else {
    const ex = exactDigits(ax);
    r = roundDigits(ex, ex.decpt + nd);
  }
  if (r.digits === "") r.decpt = -nd;
  return r;
}

/** True when toFixed(nd) on ax is exactly CPython's '%.{nd}f' of it. */
export function toFixedIsExact(ax: number, nd: number): boolean {
  if (!(ax < 1e21) || nd > 100) return false;
  if (ax === 0) return true;
  decompose(ax);
  return expo !== -(nd + 1);
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * '%.{nd}f' of ax >= 0 from its shortest repr, or null when that cannot
 * decide. Sound because for ax < 10**(15-nd) an ulp is below 10**-nd, so the
 * shortest round-tripping decimal lies on the same side of every rounding
 * midpoint as ax itself, unless it is that midpoint (then null).
 */
export function fixedFromShortest(ax: number, nd: number): string | null {
  if (nd > 15 || !(ax < POW10[15 - nd]) || (ax < 1e-6 && ax !== 0)) return null;
  const s = String(ax);
  const dot = s.indexOf(".");
  if (dot < 0) return nd === 0 ? s : s + "." + "0".repeat(nd);
  const fl = s.length - dot - 1;
  if (fl <= nd) return fl === nd ? s : s + "0".repeat(nd - fl);
  const cut = dot + 1 + nd;
  const d = s.charCodeAt(cut);
  if (d === 53 && cut === s.length - 1) return null;
  const head = nd === 0 ? s.slice(0, dot) : s.slice(0, cut);
  if (d < 53) return head;
  let i = head.length - 1;
  while (i >= 0) {
    const c = head.charCodeAt(i);
    if (c !== 57 && c !== 46) break;
    i--;
  }
  const tail = head.slice(i + 1).replace(/9/g, "0");
  if (i < 0) return "1" + tail;
  return head.slice(0, i) + String.fromCharCode(head.charCodeAt(i) + 1) + tail;
}
