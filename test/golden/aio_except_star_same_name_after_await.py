import asyncio

async def main():
    try:
        await asyncio.sleep(0)
        raise ExceptionGroup("eg", [ValueError("boom"), TypeError("bang")])
    except* ValueError as eg:
        print("V:", eg.exceptions)
    except* TypeError as eg:
        print("T:", eg.exceptions)

asyncio.run(main())
