# startup: the whole process for a one-line program (interpreter start-up,
# parsing, printing, exit).  The checksum line is the only extra work.
print("hi")
print("checksum: hi")
