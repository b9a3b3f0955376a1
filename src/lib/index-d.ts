// Python-source library modules, group d (see index.ts).
import fractions from "./d/fractions.py?raw";
import statistics from "./d/statistics.py?raw";
import calendar from "./d/calendar.py?raw";
import numbers from "./d/numbers.py?raw";
import reprlib from "./d/reprlib.py?raw";
import keyword from "./d/keyword.py?raw";
import graphlib from "./d/graphlib.py?raw";
import difflib from "./d/difflib.py?raw";
import decimal from "./d/decimal.py?raw";

export const sourcesD: [string, string][] = [
  ["fractions", fractions],
  ["statistics", statistics],
  ["calendar", calendar],
  ["numbers", numbers],
  ["reprlib", reprlib],
  ["keyword", keyword],
  ["graphlib", graphlib],
  ["difflib", difflib],
  ["decimal", decimal],
];
