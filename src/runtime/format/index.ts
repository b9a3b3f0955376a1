// Text formatting of numbers and strings with CPython 3.11's exact results.

export {
  FormatError,
  getIntMaxStrDigits,
  intToStrLimitMessage,
  setIntMaxStrDigits,
  strToIntLimitMessage,
} from "./errors.js";
export type { FormatErrorType } from "./errors.js";
export { doubleToString, DTSF_ADD_DOT_0, DTSF_ALT, DTSF_NO_NEG_0, DTSF_SIGN, floatRepr } from "./float-repr.js";
export { cpLength, formatFloat, formatInt, formatStr, intToFloat, parseFormatSpec } from "./format-spec.js";
export type { FormatSpec } from "./format-spec.js";
export { floatToInt, roundFloat, roundInt } from "./round.js";
export { percentFormat } from "./percent.js";
export type { PercentHooks } from "./percent.js";
export { AutoNumber, checkConversion, parseFormatString, renderFormat } from "./format-string.js";
export type { FieldKey, FormatField, FormatFieldHooks, FormatPart } from "./format-string.js";
export { decimalValue, intToString, isPySpace, parseFloatLiteral, parseIntLiteral } from "./int-text.js";
