# Fluent Python model_v5: a descriptor with __set__ but no __get__ stores into
# instance.__dict__; reading the attribute then finds the instance value
class NonBlank:
    def __set_name__(self, owner, name):
        self.storage_name = name
    def __set__(self, instance, value):
        value = value.strip()
        if not value:
            raise ValueError(f'{self.storage_name} cannot be blank')
        instance.__dict__[self.storage_name] = value
class Item:
    description = NonBlank()
    def __init__(self, d):
        self.description = d
it = Item("  raisins  ")
print(it.description, vars(it), type(Item.description).__name__)
try:
    Item("   ")
except ValueError as e:
    print(e)
