// Errors raised by the formatting helpers, and the int/str digit limit.

export type FormatErrorType = "ValueError" | "TypeError" | "OverflowError";

/**
 * Raised by every function in this directory; `pyType` names the Python
 * exception class the runtime should raise with `message`.
 */
export class FormatError extends Error {
  constructor(
    public pyType: FormatErrorType,
    message: string,
  ) {
    super(message);
    this.name = "FormatError";
  }
}

export function valueError(message: string): FormatError {
  return new FormatError("ValueError", message);
}

export function typeError(message: string): FormatError {
  return new FormatError("TypeError", message);
}

export function overflowError(message: string): FormatError {
  return new FormatError("OverflowError", message);
}

// sys.int_info.default_max_str_digits / sys.set_int_max_str_digits()
let maxStrDigits = 4300;

/** The current limit (0 = unlimited), as `sys.get_int_max_str_digits()`. */
export function getIntMaxStrDigits(): number {
  return maxStrDigits;
}

/** `sys.set_int_max_str_digits(n)`: 0 disables the limit, else n >= 640. */
export function setIntMaxStrDigits(n: number): void {
  if (n !== 0 && n < 640) {
    throw valueError("maxdigits must be 0 or larger than 640");
  }
  maxStrDigits = n;
}

/** Message of the ValueError raised when converting a too-long int to str. */
export function intToStrLimitMessage(limit = maxStrDigits): string {
  return `Exceeds the limit (${limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`;
}

/** Message of the ValueError raised when parsing a too-long decimal string. */
export function strToIntLimitMessage(digits: number, limit = maxStrDigits): string {
  return `Exceeds the limit (${limit} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`;
}
