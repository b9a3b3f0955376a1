# strftime week-number directives %U %W %V %G
import datetime
for d in [datetime.date(2023, 1, 1), datetime.date(2024, 2, 29), datetime.date(2020, 12, 31), datetime.date(2021, 1, 3)]:
    print(d, d.strftime("%U %W %V %G %u %w %j"))
print(datetime.datetime(2024, 2, 29, 13, 5).strftime("week %U of %Y"))
