import asyncio
import contextvars

user = contextvars.ContextVar("user")

async def main():
    user.set("alice")
    ctx = contextvars.copy_context()
    print(ctx[user], user in ctx, ctx.get(user), len(ctx) > 0)
    def f():
        user.set("bob")
        return user.get()
    print(ctx.run(f), user.get(), ctx[user])

asyncio.run(main())
