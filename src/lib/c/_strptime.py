# strptime for datetime and time (C locale), written for pyasync.
# Supports the common directives: %Y %y %m %d %H %I %M %S %f %p %b %B %h %a
# %A %j %z %Z %w %u %e %% and whitespace matching as in CPython.

_MONTHS = ["january", "february", "march", "april", "may", "june", "july",
           "august", "september", "october", "november", "december"]
_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_DIGITS = {"Y": 4, "m": 2, "d": 2, "H": 2, "I": 2, "M": 2, "S": 2, "y": 2,
           "j": 3, "f": 6, "w": 1, "u": 1, "e": 2, "U": 2, "W": 2, "G": 4, "V": 2}
_RANGES = {"m": (1, 12), "d": (1, 31), "e": (1, 31), "H": (0, 23), "I": (1, 12),
           "M": (0, 59), "S": (0, 61), "j": (1, 366), "w": (0, 6), "u": (1, 7)}
_KNOWN = set("YmdHIMSyjfwuepbBhaAzZUWGV%")


def _fail(data, fmt):
    raise ValueError("time data %r does not match format %r" % (data, fmt))


def _expand(fmt):
    # The composite directives, as CPython's LocaleTime gives them in the C locale.
    out = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c == "%" and i + 1 < len(fmt):
            d = fmt[i + 1]
            if d == "T":
                out.append("%H:%M:%S")
            elif d == "R":
                out.append("%H:%M")
            elif d == "D":
                out.append("%m/%d/%y")
            elif d == "F":
                out.append("%Y-%m-%d")
            elif d == "c":
                out.append("%a %b %d %H:%M:%S %Y")
            elif d == "x":
                out.append("%m/%d/%y")
            elif d == "X":
                out.append("%H:%M:%S")
            else:
                out.append(fmt[i:i + 2])
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _parse(data, format):
    if not isinstance(data, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(data).__name__)
    if not isinstance(format, str):
        raise TypeError("strptime() argument 2 must be str, not %s" % type(format).__name__)
    fmt = _expand(format)
    # Validate directives first, as CPython does when compiling the regex.
    i = 0
    while i < len(fmt):
        if fmt[i] == "%":
            if i + 1 >= len(fmt):
                raise ValueError("stray %% in format '%s'" % format)
            d = fmt[i + 1]
            if d not in _KNOWN:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, "%" + d))
            i += 2
        else:
            i += 1
    found = {}
    pos = 0
    i = 0
    n = len(data)
    while i < len(fmt):
        c = fmt[i]
        if c == "%":
            d = fmt[i + 1]
            i += 2
            if d == "%":
                if pos < n and data[pos] == "%":
                    pos += 1
                    continue
                _fail(data, format)
            if d in _DIGITS:
                width = _DIGITS[d]
                start = pos
                if d == "e" and pos < n and data[pos] == " ":
                    pos += 1
                    start = pos
                while pos < n and pos - start < width and data[pos].isdigit() and data[pos].isascii():
                    pos += 1
                if pos == start:
                    _fail(data, format)
                if d == "Y" and pos - start != 4:
                    _fail(data, format)
                found[d] = data[start:pos]
                lim = _RANGES.get(d)
                if lim is not None and not (lim[0] <= int(found[d]) <= lim[1]):
                    _fail(data, format)
                continue
            if d in "bBh":
                low = data[pos:].lower()
                for k, name in enumerate(_MONTHS):
                    if low.startswith(name):
                        found["m_name"] = k + 1
                        pos += len(name)
                        break
                else:
                    for k, name in enumerate(_MONTHS):
                        if low.startswith(name[:3]):
                            found["m_name"] = k + 1
                            pos += 3
                            break
                    else:
                        _fail(data, format)
                continue
            if d in "aA":
                low = data[pos:].lower()
                for k, name in enumerate(_DAYS):
                    if low.startswith(name):
                        found["wday"] = k
                        pos += len(name)
                        break
                else:
                    for k, name in enumerate(_DAYS):
                        if low.startswith(name[:3]):
                            found["wday"] = k
                            pos += 3
                            break
                    else:
                        _fail(data, format)
                continue
            if d == "p":
                low = data[pos:pos + 2].lower()
                if low in ("am", "pm"):
                    found["p"] = low
                    pos += 2
                    continue
                _fail(data, format)
            if d == "Z":
                for name in ("UTC", "GMT", "utc", "gmt"):
                    if data.startswith(name, pos):
                        found["Z"] = name
                        pos += len(name)
                        break
                else:
                    _fail(data, format)
                continue
            if d == "z":
                if data.startswith("Z", pos):
                    found["z"] = 0
                    pos += 1
                    continue
                if pos < n and data[pos] in "+-":
                    sign = -1 if data[pos] == "-" else 1
                    j = pos + 1
                    digits = ""
                    parts = []
                    while j < n and len(parts) < 4:
                        if data[j:j + 2].isdigit() and len(data[j:j + 2]) == 2:
                            parts.append(data[j:j + 2])
                            j += 2
                            if len(parts) < 3 and j < n and data[j] == ":":
                                if j + 1 < n and data[j + 1].isdigit():
                                    j += 1
                            elif len(parts) == 3 and j < n and data[j] == ".":
                                k = j + 1
                                while k < n and data[k].isdigit():
                                    k += 1
                                parts.append(data[j + 1:k])
                                j = k
                                break
                        else:
                            break
                    if len(parts) < 2:
                        _fail(data, format)
                    hh, mm = int(parts[0]), int(parts[1])
                    ss = int(parts[2]) if len(parts) > 2 else 0
                    us = int((parts[3] + "000000")[:6]) if len(parts) > 3 else 0
                    found["z"] = sign * (((hh * 60 + mm) * 60 + ss) * 1000000 + us)
                    pos = j
                    continue
                _fail(data, format)
            _fail(data, format)
        elif c.isspace():
            # One or more whitespace characters in the format match any whitespace (or none).
            while i < len(fmt) and fmt[i].isspace():
                i += 1
            while pos < n and data[pos].isspace():
                pos += 1
        else:
            if pos < n and data[pos].lower() == c.lower():
                pos += 1
                i += 1
            else:
                _fail(data, format)
    if pos != n:
        raise ValueError("unconverted data remains: %s" % data[pos:])
    return found


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    found = _parse(data_string, format)
    year = 1900
    month = day = 1
    hour = minute = second = fraction = 0
    gmtoff = None
    gmtoff_fraction = 0
    tzname = None
    if "Y" in found:
        year = int(found["Y"])
    elif "y" in found:
        year = int(found["y"])
        year += 2000 if year <= 68 else 1900
    if "m" in found:
        month = int(found["m"])
    elif "m_name" in found:
        month = found["m_name"]
    if "d" in found:
        day = int(found["d"])
    elif "e" in found:
        day = int(found["e"])
    if "H" in found:
        hour = int(found["H"])
    elif "I" in found:
        hour = int(found["I"])
        ampm = found.get("p", "")
        if ampm in ("", "am"):
            if hour == 12:
                hour = 0
        elif ampm == "pm":
            if hour != 12:
                hour += 12
    if "M" in found:
        minute = int(found["M"])
    if "S" in found:
        second = int(found["S"])
    if "f" in found:
        s = found["f"]
        fraction = int(s + "0" * (6 - len(s)))
    if "z" in found:
        z = found["z"]
        gmtoff = z // 1000000
        gmtoff_fraction = z % 1000000 if z >= 0 else -((-z) % 1000000)
        if z < 0:
            gmtoff = -((-z) // 1000000)
    if "Z" in found:
        tzname = found["Z"]
    if not (1 <= month <= 12):
        raise ValueError("month must be in 1..12")
    if hour > 23 or minute > 59 or second > 61:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    julian = None
    if "j" in found:
        julian = int(found["j"])
    import datetime as _dt
    if julian is not None:
        d = _dt.date.fromordinal(_dt.date(year, 1, 1).toordinal() + julian - 1)
        year, month, day = d.year, d.month, d.day
    else:
        mdays = [31, 29 if (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)) else 28,
                 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        if day < 1 or day > mdays[month - 1]:
            raise ValueError("day is out of range for month")
        julian = _dt.date(year, month, day).toordinal() - _dt.date(year, 1, 1).toordinal() + 1
    weekday = _dt.date(year, month, day).weekday()
    return ((year, month, day, hour, minute, second, weekday, julian, -1, tzname, gmtoff),
            fraction, gmtoff_fraction)


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    import time
    tt = _strptime(data_string, format)[0]
    return time.struct_time(tt[:9])


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    tt, fraction, gmtoff_fraction = _strptime(data_string, format)
    tzname, gmtoff = tt[-2:]
    args = tt[:6] + (fraction,)
    if gmtoff is not None:
        import datetime as _dt
        tzdelta = _dt.timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        if tzname:
            tz = _dt.timezone(tzdelta, tzname)
        else:
            tz = _dt.timezone(tzdelta)
        args += (tz,)
    return cls(*args)
