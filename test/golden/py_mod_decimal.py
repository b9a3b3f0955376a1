# decimal module (Python tutorial, floating point chapter)
from decimal import Decimal, getcontext, ROUND_HALF_UP
print(Decimal('0.1') + Decimal('0.2'), Decimal(1) / Decimal(7), repr(Decimal('1.10')))
print(Decimal('2.675').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP), Decimal(0.1))
getcontext().prec = 50
print(Decimal(2).sqrt())
print(sum([Decimal('0.1')] * 10) == Decimal('1.0'), Decimal('1.30') * 2)
