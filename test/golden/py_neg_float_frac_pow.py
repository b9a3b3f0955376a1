# Negative base raised to a fractional float power gives a complex result
print(pow(-8, 1/3))
print((-2) ** 0.5)
print((-1.0) ** 0.5)
