# Fluent Python ch. 7: inspecting a closure via __code__ and __closure__
def make_averager():
    series = []
    def averager(new_value):
        series.append(new_value)
        total = sum(series)
        return total / len(series)
    return averager
avg = make_averager()
avg(10)
avg(11)
print(avg.__code__.co_varnames)
print(avg.__code__.co_freevars)
print(avg.__closure__[0].cell_contents)
print(make_averager.__closure__)
