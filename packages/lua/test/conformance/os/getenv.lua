-- os.getenv returns a variable's value or nil.
print(os.getenv("DEEGEN_SURELY_UNSET_VARIABLE_42"))
print(type(os.getenv("PATH")))
print(#os.getenv("PATH") > 0)
print(os.getenv(""))
print(pcall(os.getenv))
print(pcall(os.getenv, {}))
print(os.getenv(12345))
