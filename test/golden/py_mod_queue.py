# queue module used as a plain data structure (BFS / priority queue)
import queue
q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.qsize(), [q.get() for _ in range(3)], q.empty())
pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b')]:
    pq.put(item)
while not pq.empty():
    print(pq.get())
lq = queue.LifoQueue()
lq.put(1); lq.put(2)
print(lq.get())
