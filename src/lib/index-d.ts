// Python-source library modules, group d (see index.ts). keyword, graphlib,
// difflib and calendar are CPython 3.11's own files unchanged (PSF licence);
// the others say at their top what was adapted or that they are pyasync's.
import fractionsSrc from "./d/fractions.py?raw";
import statisticsSrc from "./d/statistics.py?raw";
import calendarSrc from "./d/calendar.py?raw";
import numbersSrc from "./d/numbers.py?raw";
import reprlibSrc from "./d/reprlib.py?raw";
import keywordSrc from "./d/keyword.py?raw";
import graphlibSrc from "./d/graphlib.py?raw";
import difflibSrc from "./d/difflib.py?raw";
import decimalSrc from "./d/decimal.py?raw";
import queueSrc from "./d/queue.py?raw";
import tracebackSrc from "./d/traceback.py?raw";
import inspectSrc from "./d/inspect.py?raw";
import structSrc from "./d/struct.py?raw";
import arraySrc from "./d/array.py?raw";
import weakrefSrc from "./d/weakref.py?raw";

export const sourcesD: [string, string][] = [
  ["fractions", fractionsSrc],
  ["statistics", statisticsSrc],
  ["calendar", calendarSrc],
  ["numbers", numbersSrc],
  ["reprlib", reprlibSrc],
  ["keyword", keywordSrc],
  ["graphlib", graphlibSrc],
  ["difflib", difflibSrc],
  ["decimal", decimalSrc],
  ["queue", queueSrc],
  ["traceback", tracebackSrc],
  ["inspect", inspectSrc],
  ["struct", structSrc],
  ["array", arraySrc],
  ["weakref", weakrefSrc],
];
