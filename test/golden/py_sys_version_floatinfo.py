# sys.version_info named fields and sys.float_info
import sys
print(sys.version_info.major, sys.version_info.minor)
print(sys.version_info[:2] >= (3, 10))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
