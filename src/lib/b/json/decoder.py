"""json.decoder (re-exports)."""
from json import JSONDecoder, JSONDecodeError, py_scanstring, scanstring
