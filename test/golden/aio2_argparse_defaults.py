import argparse

parser = argparse.ArgumentParser()
parser.add_argument("-n", "--num", type=int, default=3)
ns = parser.parse_args()
print(ns.num, ns)
