-- os.exit takes a number (Lua 5.1 has no boolean form); statuses wrap to 8 bits.
print(pcall(os.exit, true))
print(pcall(os.exit, "x"))
print(pcall(os.exit, {}))
print("still running")
os.exit(256 + 5)
