from fractions import Fraction
from decimal import Decimal, getcontext, localcontext, ROUND_DOWN, InvalidOperation
import statistics as st, numbers, math
print(Fraction('3.1415').limit_denominator(1000), Fraction(1, 3) ** 2, Fraction(2, 3) ** -1, round(Fraction(7, 2)), math.floor(Fraction(-7, 2)), Fraction(3, 4).as_integer_ratio())
print(Fraction(Decimal('1.25')), Fraction(1, 2) + 0.5, Fraction(5, 10) == 0.5, hash(Fraction(1, 2)) == hash(0.5), Fraction(1, 3) < 0.34, format(Fraction(1, 3), ''), str(Fraction(4, 1)))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(Decimal('1.1') + Decimal('2.2'), Decimal('10') / Decimal('3'), Decimal('1.5').quantize(Decimal('1'), rounding=ROUND_DOWN), Decimal(7) % 3, Decimal(-7) // 2, Decimal('1e3').to_integral_value(), Decimal('123.456').as_tuple())
with localcontext() as ctx:
    ctx.prec = 6
    print(Decimal(1) / Decimal(3), Decimal(2).sqrt())
print(getcontext().prec, Decimal('0.1') * 3 == Decimal('0.3'), Decimal(1.1), Decimal('NaN').is_nan(), -Decimal('0.0'), abs(Decimal('-2.5')), Decimal('2.50').normalize())
try:
    Decimal('x')
except InvalidOperation as e:
    print('InvalidOperation', e)
print(f"{Decimal('3.14159'):.2f}", f"{Decimal('1234567.891'):,}", Decimal('1e-7'), Decimal('100').sqrt(), Decimal(10) ** 20, Decimal('1.23E+5'))
print(st.mean([1, 2, 3, 4]), st.median([3, 1, 2]), st.mode([1, 1, 2]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pvariance([0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
print(st.mean([Fraction(1, 2), Fraction(1, 3)]), st.mean([Decimal('0.5'), Decimal('0.25')]), st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4), st.geometric_mean([54, 24, 36]))
print(st.correlation([1, 2, 3, 4], [2, 4, 5, 8]), st.linear_regression([1, 2, 3], [2, 4, 6.5]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
d = st.NormalDist(100, 15)
print(round(d.cdf(130), 12), d.inv_cdf(0.975), d.pdf(100), d.mean, d.stdev, round(d.overlap(st.NormalDist(110, 15)), 6))
try:
    st.mean([])
except st.StatisticsError as e:
    print('StatisticsError', e)
print(isinstance(Fraction(1), numbers.Rational), isinstance(Decimal(1), numbers.Number), isinstance(Decimal(1), numbers.Real), issubclass(bool, numbers.Integral), isinstance(1.0, numbers.Complex))
