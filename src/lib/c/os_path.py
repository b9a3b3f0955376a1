from posixpath import *
from posixpath import _fspath
