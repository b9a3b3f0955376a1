# int *, % and // at the edges of the fast paths (safe integers, ±2**31, -0).
vals = [0, 1, -1, 7, -7, 3, -3, 2**31 - 1, -2**31, 2**31, 2**53 - 1, -(2**53 - 1), 2**53, 10**20, -10**20]
out = []
for a in vals:
    for b in vals:
        out.append(a * b)
        if b != 0:
            out.append(a % b)
            out.append(a // b)
print(sum(out) % 1000000007, len(out))
print([str(0 * -5), str(-4 % 2), str(-4 // 2), str(0 // -3), float(0 * -5), float(-4 % 2), float(0 // -3)])
print(7 % -3, -7 % 3, -7 // 2, 7 // -2, 2**31 // -1, -2**31 // -1, (2**53 - 1) // 3, (2**53 - 1) % 3)
