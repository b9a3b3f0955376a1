# repr of complex numbers with signed zeros
print(complex(0, -0.0), complex(-0.0, 0), complex(-0.0, -0.0), -0j, 0j * -1)
