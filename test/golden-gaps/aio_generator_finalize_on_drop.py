import asyncio

async def job():
    try:
        print("job start")
        await asyncio.sleep(10)
    finally:
        print("job finally")

async def main():
    c = job()
    fut = c.send(None)
    print("suspended")
    del c
    print("after del")

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")

g = gen()
next(g)
g = None
print("gen dropped")
for x in gen():
    break
print("loop done")
asyncio.run(main())
