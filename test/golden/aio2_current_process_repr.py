import multiprocessing

proc = multiprocessing.current_process()
print(proc)
print(f"{proc.name} {proc.daemon}")
