// Library modules written in Python, bundled as source text and compiled on
// first import. The asyncio ones are CPython 3.11's own (PSF licence),
// adapted only where they import modules pyasync implements natively.

import asyncioMixins from "./asyncio/mixins.py?raw";
import asyncioLocks from "./asyncio/locks.py?raw";
import asyncioQueues from "./asyncio/queues.py?raw";
import asyncioTimeouts from "./asyncio/timeouts.py?raw";
import asyncioTaskgroups from "./asyncio/taskgroups.py?raw";
import heapq from "./heapq.py?raw";

import { sourcesA } from "./index-a.js";
import { sourcesB } from "./index-b.js";
import { sourcesC } from "./index-c.js";
import argparseSrc from "./e/argparse.py?raw";
import timeitSrc from "./e/timeit.py?raw";
import gcSrc from "./e/gc.py?raw";
import { sourcesD } from "./index-d.js";

export const pythonSources: ReadonlyMap<string, string> = new Map([
  ["asyncio.mixins", asyncioMixins],
  ["asyncio.locks", asyncioLocks],
  ["asyncio.queues", asyncioQueues],
  ["asyncio.timeouts", asyncioTimeouts],
  ["asyncio.taskgroups", asyncioTaskgroups],
  ["heapq", heapq],
  ...sourcesA,
  ...sourcesB,
  ...sourcesC,
  ["argparse", argparseSrc],
  ["timeit", timeitSrc],
  ["gc", gcSrc],
  ...sourcesD,
]);
