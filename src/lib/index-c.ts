// Python-source library modules, group c (see index.ts).
import datetime from "./c/datetime.py?raw";
import strptime from "./c/_strptime.py?raw";
import re from "./c/re.py?raw";
import logging from "./c/logging.py?raw";
import os from "./c/os.py?raw";
import posixpath from "./c/posixpath.py?raw";
import osPath from "./c/os_path.py?raw";
import warnings from "./c/warnings.py?raw";
import atexit from "./c/atexit.py?raw";
import signal from "./c/signal.py?raw";
import threading from "./c/threading.py?raw";
import platform from "./c/platform.py?raw";
import locale from "./c/locale.py?raw";
import pprint from "./c/pprint.py?raw";
import uuid from "./c/uuid.py?raw";
import secrets from "./c/secrets.py?raw";
import shlex from "./c/shlex.py?raw";

export const sourcesC: [string, string][] = [
  ["datetime", datetime],
  ["_strptime", strptime],
  ["re", re],
  ["logging", logging],
  ["os", os],
  ["posixpath", posixpath],
  ["os.path", osPath],
  ["warnings", warnings],
  ["atexit", atexit],
  ["signal", signal],
  ["threading", threading],
  ["platform", platform],
  ["locale", locale],
  ["pprint", pprint],
  ["uuid", uuid],
  ["secrets", secrets],
  ["shlex", shlex],
];
