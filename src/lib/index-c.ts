// Python-source library modules, group c (see index.ts).
import datetime from "./c/datetime.py?raw";
import strptime from "./c/_strptime.py?raw";
import re from "./c/re.py?raw";

export const sourcesC: [string, string][] = [
  ["datetime", datetime],
  ["_strptime", strptime],
  ["re", re],
];
