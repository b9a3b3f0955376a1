// Python-source library modules, group a (see index.ts).
import collections from "./a/collections/__init__.py?raw";
import collectionsAbc from "./a/collections/abc.py?raw";
import collectionsAbcImpl from "./a/_collections_abc.py?raw";
import pyAbc from "./a/_py_abc.py?raw";
import functools from "./a/functools.py?raw";
import copy from "./a/copy.py?raw";
import bisect from "./a/bisect.py?raw";

export const sourcesA: [string, string][] = [
  ["collections", collections],
  ["collections.abc", collectionsAbc],
  ["_collections_abc", collectionsAbcImpl],
  ["_py_abc", pyAbc],
  ["functools", functools],
  ["copy", copy],
  ["bisect", bisect],
];
