import gc

print(gc.isenabled())
gc.collect()
print("collected")
