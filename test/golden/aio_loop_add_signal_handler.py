import asyncio
import signal

def ask_exit(signame, loop):
    print(f"got signal {signame}: exit")
    loop.stop()

async def main():
    loop = asyncio.get_running_loop()
    for signame in ("SIGINT", "SIGTERM"):
        loop.add_signal_handler(getattr(signal, signame), ask_exit, signame, loop)
    print("Event loop running; press Ctrl+C to interrupt.")
    await asyncio.sleep(1)
    loop.remove_signal_handler(signal.SIGTERM)
    print("done without signal")

asyncio.run(main())
