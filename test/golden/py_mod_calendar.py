# calendar module (Rosetta Code "Calendar", "Leap year", "Last Friday of each month")
import calendar
print(calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.month_name[3], calendar.day_abbr[0])
print(calendar.weekday(2024, 7, 4), calendar.leapdays(1900, 2000))
print(calendar.month(2024, 2))
c = calendar.Calendar()
print([d for d in c.itermonthdays(2024, 2)][:10])
