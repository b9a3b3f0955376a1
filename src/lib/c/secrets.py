"""secrets for pyasync: tokens from the host's random source."""

import os as _os
import random as _random

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom',
           'token_bytes', 'token_hex', 'token_urlsafe',
           'compare_digest']

DEFAULT_ENTROPY = 32


def _from_bytes(b):
    # int.from_bytes(b, 'big'), written out (int.from_bytes fails in pyasync).
    n = 0
    for x in b:
        n = (n << 8) | x
    return n

SystemRandom = _random.SystemRandom


def _randint_below(n):
    k = n.bit_length()
    nbytes = (k + 7) // 8 or 1
    while True:
        r = _from_bytes(_os.urandom(nbytes)) >> (nbytes * 8 - k)
        if r < n:
            return r


def randbelow(exclusive_upper_bound):
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _randint_below(exclusive_upper_bound)


def randbits(k):
    if k < 0:
        raise ValueError("number of bits must be non-negative")
    nbytes = (k + 7) // 8
    if nbytes == 0:
        return 0
    return _from_bytes(_os.urandom(nbytes)) >> (nbytes * 8 - k)


def choice(seq):
    if not len(seq):
        raise IndexError('Cannot choose from an empty sequence')
    return seq[_randint_below(len(seq))]


def token_bytes(nbytes=None):
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return _os.urandom(nbytes)


def token_hex(nbytes=None):
    return token_bytes(nbytes).hex()


_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def token_urlsafe(nbytes=None):
    tok = token_bytes(nbytes)
    out = []
    for i in range(0, len(tok), 3):
        chunk = tok[i:i + 3]
        n = _from_bytes(chunk + b"\0" * (3 - len(chunk)))
        chars = [_B64[(n >> s) & 63] for s in (18, 12, 6, 0)]
        out.extend(chars[:len(chunk) + 1])
    return "".join(out)


def compare_digest(a, b):
    return a == b
