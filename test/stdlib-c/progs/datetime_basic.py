import datetime
from datetime import date, time, datetime as DT, timedelta, timezone
print(repr(DT(2023, 11, 14, 22, 13, 20, tzinfo=timezone.utc)))
print(repr(timedelta(seconds=5)), repr(timedelta(seconds=-1)), repr(timedelta()))
print(DT.fromtimestamp(1700000000, timezone.utc))
print(DT.utcfromtimestamp(1700000000))
print(DT.fromtimestamp(1700000000.5))
print(date.today())
d = DT(2024, 2, 29, 12, 30, 15, 123456)
print(d.isoformat(), d.strftime("%Y-%m-%d %H:%M:%S.%f %a %A %b %B %j %p %I"))
print(d + timedelta(days=1, hours=13), d - DT(2024, 1, 1))
print(DT.fromisoformat("2023-11-14T22:13:20+05:30"), repr(DT.fromisoformat("2023-11-14T22:13:20+05:30")))
print(DT.strptime("2023-11-14 22:13:20", "%Y-%m-%d %H:%M:%S"))
print(d.timestamp(), DT(2023,1,1,tzinfo=timezone.utc).timestamp())
print(d.isocalendar(), d.weekday(), d.isoweekday(), d.toordinal(), date.fromordinal(738000))
print(timedelta(days=1, seconds=3.5).total_seconds(), f"{timedelta(days=-1, seconds=5)}", f"{timedelta(hours=25, microseconds=3)}")
print(DT.min, DT.max, timedelta.min, timedelta.max, timedelta.resolution, repr(date.min))
print(DT.combine(date(2020,1,1), time(5, 6)), d.replace(year=2025, day=28), d.date(), d.time())
print(sorted([date(2020,1,2), date(2019,5,5)]), {date(2020,1,1): 1}, date(2020,1,1) == date(2020,1,1), hash(date(2020,1,1)) == hash(date(2020,1,1)))
print(timezone(timedelta(hours=-5)), repr(timezone(timedelta(hours=-5), "EST")), timezone.utc)
print(f"{d:%Y/%m}", format(d), time(1,2,3,4), repr(time(1,2)))
try:
    date(2023, 13, 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    d + 1
except TypeError as e:
    print(type(e).__name__)
print(d.astimezone(timezone.utc))
print(DT(2020,1,1,tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=2))))
print(timedelta(hours=1) / timedelta(minutes=1), timedelta(hours=1) // 7, timedelta(hours=1) * 1.5, -timedelta(hours=1), abs(timedelta(hours=-1)))
print(d.ctime(), tuple(d.timetuple()), d.timetuple().tm_yday)
for bad in [("2023-13-01", "%Y-%m-%d"), ("2023-01-01 extra", "%Y-%m-%d"), ("x", "%Q")]:
    try:
        DT.strptime(*bad)
    except ValueError as e:
        print(e)
print(DT.strptime("Tue, 14 Nov 2023 10:05:01 PM +0130", "%a, %d %b %Y %I:%M:%S %p %z"))
print(DT.strptime("2023-11-14T22:13:20.5Z", "%Y-%m-%dT%H:%M:%S.%f%z"), date.fromisoformat("2023-11-14"), time.fromisoformat("10:20:30.123"))
print(DT.fromtimestamp(0, timezone.utc).isoformat(timespec="milliseconds"), DT(2023,1,1).isoformat(" ", "minutes"))
print(max(DT(2020,1,1), DT(2021,1,1)), DT(2020,1,1) < DT(2020,1,2), date(2020,1,1) != date(2020,1,2), timedelta(1) > timedelta(0))
print(DT(2023, 11, 14, tzinfo=timezone.utc) == DT(2023, 11, 14, 1, tzinfo=timezone(timedelta(hours=1))))
print(date(2024, 3, 1) - date(2024, 2, 1), date(2024, 1, 31) + timedelta(days=30), DT.fromordinal(730000))
