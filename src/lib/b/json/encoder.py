"""json.encoder (re-exports)."""
from json import JSONEncoder, py_encode_basestring, py_encode_basestring_ascii, encode_basestring, encode_basestring_ascii, INFINITY
