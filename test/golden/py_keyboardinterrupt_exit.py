# An uncaught KeyboardInterrupt ends the process with status 130 (SIGINT)
print("working")
raise KeyboardInterrupt
