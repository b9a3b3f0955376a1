// time: every clock reads the interpreter's Clock (virtual or real);
// time.sleep blocks the whole interpreter, as in Python.

import { PyFloat, PyValue, PyObject, PyTuple } from "../object.js";
import { PyModule, None, makeBuiltinType, tupleType } from "../types.js";
import { defGetter } from "../function.js";
import { pyErr, TypeError, ValueError } from "../exceptions.js";
import { asFloatOperand, asInt } from "../ops.js";
import { toArray } from "../iter.js";
import { makeModule, inModule } from "./util.js";
import { typeName } from "../typename.js";
import { norm } from "../int.js";
import { nativeRepr, repr } from "../repr.js";
import type { Interpreter } from "../interpreter.js";

export const structTimeType = inModule(makeBuiltinType("struct_time", [tupleType]), "time");
const FIELDS = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];
FIELDS.forEach((f, i) => defGetter(structTimeType, f, (t) => (t as PyTuple).items[i]));
defGetter(structTimeType, "tm_zone", () => "UTC");
defGetter(structTimeType, "tm_gmtoff", () => 0);
nativeRepr.set(structTimeType, (t) => `time.struct_time(${FIELDS.map((f, i) => `${f}=${repr((t as PyTuple).items[i])}`).join(", ")})`);

function seconds(v: PyValue, what: string): number {
  const f = asFloatOperand(v);
  if (f === null) throw pyErr(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
  void what;
  return f;
}

export function structTime(epochSeconds: number): PyTuple {
  const d = new Date(Math.floor(epochSeconds) * 1000);
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  const yday = Math.floor((d.getTime() - start) / 86400000) + 1;
  const wday = (d.getUTCDay() + 6) % 7;
  return new PyTuple(structTimeType, [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), wday, yday, 0]);
}

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const p2 = (n: number) => String(n).padStart(2, "0");

/** strftime over a struct_time-like field list (C locale). */
export function strftime(fmt: string, t: number[], micro = 0): string {
  const [Y, m, d, H, M, S, wday, yday] = t;
  return fmt.replace(/%([a-zA-Z%])/g, (_, c: string) => {
    switch (c) {
      case "Y": return String(Y);
      case "y": return p2(Y % 100);
      case "m": return p2(m);
      case "d": return p2(d);
      case "e": return String(d).padStart(2, " ");
      case "H": return p2(H);
      case "I": return p2(H % 12 === 0 ? 12 : H % 12);
      case "p": return H < 12 ? "AM" : "PM";
      case "M": return p2(M);
      case "S": return p2(S);
      case "f": return String(micro).padStart(6, "0");
      case "a": return DAYS[wday].slice(0, 3);
      case "A": return DAYS[wday];
      case "b": case "h": return MONTHS[m - 1].slice(0, 3);
      case "B": return MONTHS[m - 1];
      case "j": return String(yday).padStart(3, "0");
      case "U": return p2(Math.floor((yday + 6 - ((wday + 1) % 7)) / 7));
      case "W": return p2(Math.floor((yday + 6 - wday) / 7));
      case "V": return p2(isoWeek(Y, m, d)[1]);
      case "G": return String(isoWeek(Y, m, d)[0]);
      case "g": return p2(isoWeek(Y, m, d)[0] % 100);
      case "w": return String((wday + 1) % 7);
      case "u": return String(wday + 1);
      case "X": return `${p2(H)}:${p2(M)}:${p2(S)}`;
      case "x": return `${p2(m)}/${p2(d)}/${p2(Y % 100)}`;
      case "c": return `${DAYS[wday].slice(0, 3)} ${MONTHS[m - 1].slice(0, 3)} ${String(d).padStart(2, " ")} ${p2(H)}:${p2(M)}:${p2(S)} ${Y}`;
      case "D": return `${p2(m)}/${p2(d)}/${p2(Y % 100)}`;
      case "T": return `${p2(H)}:${p2(M)}:${p2(S)}`;
      case "R": return `${p2(H)}:${p2(M)}`;
      case "F": return `${Y}-${p2(m)}-${p2(d)}`;
      case "Z": return "UTC";
      case "z": return "+0000";
      case "n": return "\n";
      case "t": return "\t";
      case "%": return "%";
      default: return "%" + c;
    }
  });
}

/** ISO 8601 year and week number of a date. */
function isoWeek(Y: number, m: number, d: number): [number, number] {
  const date = new Date(Date.UTC(Y, m - 1, d));
  const dayNum = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - dayNum); // the Thursday of this week
  const isoYear = date.getUTCFullYear();
  const yearStart = Date.UTC(isoYear, 0, 1);
  return [isoYear, Math.ceil(((date.getTime() - yearStart) / 86400000 + 1) / 7)];
}

function fieldsOf(v: PyValue): number[] {
  return toArray(v).map((x) => Number(asInt(x as number)));
}

export function createTimeModule(interp: Interpreter): PyModule {
  const clock = interp.clock;
  const now = () => interp.clock.wall();
  const asTime = (args: PyValue[]) => (args.length && args[0] !== None ? seconds(args[0], "time") : now());
  return makeModule("time", {
    time: () => new PyFloat(clock.wall()),
    // int(seconds * 1e9) computed in floating point, as the reference runner does.
    time_ns: () => norm(BigInt(Math.trunc(clock.wall() * 1e9))),
    monotonic: () => new PyFloat(clock.now()),
    monotonic_ns: () => norm(BigInt(Math.trunc(clock.now() * 1e9))),
    perf_counter: () => new PyFloat(clock.now()),
    perf_counter_ns: () => norm(BigInt(Math.trunc(clock.now() * 1e9))),
    process_time: () => new PyFloat(clock.now()),
    thread_time: () => new PyFloat(clock.now()),
    sleep: (args) => {
      if (args.length !== 1) throw pyErr(TypeError, `time.sleep() takes exactly one argument (${args.length} given)`);
      const s = seconds(args[0], "sleep");
      if (s < 0) throw pyErr(ValueError, "sleep length must be non-negative");
      interp.flushStdout();
      clock.sleep(s);
      return None;
    },
    gmtime: (args) => structTime(asTime(args)),
    localtime: (args) => structTime(asTime(args)),
    mktime: (args) => {
      const [Y, m, d, H, M, S] = fieldsOf(args[0]);
      return new PyFloat(Date.UTC(Y, m - 1, d, H, M, S) / 1000);
    },
    strftime: (args) => strftime(args[0] as string, args.length > 1 ? fieldsOf(args[1]) : fieldsOf(structTime(now()))),
    asctime: (args) => strftime("%a %b %e %H:%M:%S %Y", args.length ? fieldsOf(args[0]) : fieldsOf(structTime(now()))),
    ctime: (args) => strftime("%a %b %e %H:%M:%S %Y", fieldsOf(structTime(asTime(args)))),
    struct_time: structTimeType,
    timezone: 0,
    altzone: 0,
    daylight: 0,
    tzname: new PyTuple(tupleType, ["UTC", "UTC"]),
  });
}

export { PyObject };
