import math
vals = [0.1, 0.5, 1, 2, 10, 1e-10, 123.456, 1e300]
for f in ("sqrt", "exp", "log", "log2", "log10", "log1p", "expm1", "sin", "cos", "tan", "atan", "sinh", "cosh", "tanh", "asinh", "gamma", "lgamma", "cbrt", "fabs", "degrees", "radians"):
    out = []
    for v in vals:
        try:
            out.append(repr(getattr(math, f)(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(f, out)
print(math.floor(2.5), math.ceil(2.1), math.trunc(-2.7), math.floor(-0.5), type(math.floor(1.0)), math.floor(1e20))
print(math.factorial(20), math.factorial(30), math.gcd(12, 18), math.gcd(), math.gcd(2**70, 2**40), math.lcm(4, 6), math.lcm())
print(math.isqrt(10**20 + 1), math.comb(10, 3), math.perm(5, 2), math.perm(5), math.comb(100, 50), math.prod([1, 2, 3, 4]), math.prod([]))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.hypot(3, 4), math.hypot(1, 1, 1), math.dist((0, 0), (3, 4)))
print(math.pow(2, 10), math.pow(2, 0.5), math.log(8, 2), math.log(100, 10), math.log(10**400), math.log2(2**1000), math.log10(10**50))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan))
print(math.copysign(3, -0.0), math.fmod(7, -3), math.modf(-3.5), math.frexp(12.5), math.ldexp(0.78125, 4), math.remainder(7, 4), math.remainder(5, 2))
print(math.nextafter(1, 2), math.ulp(1.0), math.ulp(1e300), math.pi, math.e, math.tau, math.inf, math.nan)
print(math.atan2(1, -1), math.asin(1), math.acos(0.5), math.acosh(2), math.atanh(0.5))
for expr in ["math.sqrt(-1)", "math.log(0)", "math.log(-1)", "math.exp(1000)", "math.factorial(-1)", "math.factorial(2.5)", "math.isqrt(-1)", "math.comb(-1, 2)", "math.pow(0, -1)", "math.acos(2)", "math.fmod(1, 0)", "math.sqrt('x')", "math.floor(math.inf)", "math.floor(math.nan)", "math.log(1, 1)", "math.ldexp(1.0, 2000)", "math.gamma(0)", "math.dist((1,), (1, 2))"]:
    try:
        print(expr, eval(expr) if False else None) if False else None
        r = {"math.sqrt(-1)": lambda: math.sqrt(-1), "math.log(0)": lambda: math.log(0), "math.log(-1)": lambda: math.log(-1), "math.exp(1000)": lambda: math.exp(1000), "math.factorial(-1)": lambda: math.factorial(-1), "math.factorial(2.5)": lambda: math.factorial(2.5), "math.isqrt(-1)": lambda: math.isqrt(-1), "math.comb(-1, 2)": lambda: math.comb(-1, 2), "math.pow(0, -1)": lambda: math.pow(0, -1), "math.acos(2)": lambda: math.acos(2), "math.fmod(1, 0)": lambda: math.fmod(1, 0), "math.sqrt('x')": lambda: math.sqrt('x'), "math.floor(math.inf)": lambda: math.floor(math.inf), "math.floor(math.nan)": lambda: math.floor(math.nan), "math.log(1, 1)": lambda: math.log(1, 1), "math.ldexp(1.0, 2000)": lambda: math.ldexp(1.0, 2000), "math.gamma(0)": lambda: math.gamma(0), "math.dist((1,), (1, 2))": lambda: math.dist((1,), (1, 2))}[expr]()
        print(expr, r)
    except Exception as e:
        print(expr, type(e).__name__, e)
