// Python-source library modules, group b (see index.ts).
import future from "./b/__future__.py?raw";
import string from "./b/string.py?raw";
import types from "./b/types.py?raw";
import typing from "./b/typing.py?raw";
import enumSource from "./b/enum.py?raw";
import dataclasses from "./b/dataclasses.py?raw";
import abc from "./b/abc.py?raw";
import contextlib from "./b/contextlib.py?raw";
import io from "./b/io.py?raw";
import textwrap from "./b/textwrap.py?raw";
import json from "./b/json/__init__.py?raw";
import jsonDecoder from "./b/json/decoder.py?raw";
import jsonEncoder from "./b/json/encoder.py?raw";

export const sourcesB: [string, string][] = [
  ["__future__", future],
  ["string", string],
  ["types", types],
  ["typing", typing],
  ["enum", enumSource],
  ["dataclasses", dataclasses],
  ["abc", abc],
  ["contextlib", contextlib],
  ["io", io],
  ["textwrap", textwrap],
  ["json", json],
  ["json.decoder", jsonDecoder],
  ["json.encoder", jsonEncoder],
];
