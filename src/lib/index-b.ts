// Python-source library modules, group b (see index.ts).
import future from "./b/__future__.py?raw";
import string from "./b/string.py?raw";

export const sourcesB: [string, string][] = [
  ["__future__", future],
  ["string", string],
];
