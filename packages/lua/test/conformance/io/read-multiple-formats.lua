-- One read call with many formats returns one value per format, stopping at the first failure.
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("10 20\nword line\n", "tail")
f:close()

f = assert(io.open(name))
print(select("#", f:read("*n", "*n", "*l", "*l")))
f:close()

f = assert(io.open(name))
print(f:read("*n", "*n", "*l", "*l", 2, "*a"))
f:close()

f = assert(io.open(name))
print("failure stops", f:read("*n", "*n", "*n", "*l"))
print("count", select("#", f:read("*n", "*l")))
f:close()

f = assert(io.open(name))
print("after *a", f:read("*a", "*a", "*l", 0))
f:close()

-- The default format is a line.
f = assert(io.open(name))
print(f:read(), f:read(), f:read(), f:read())
f:close()

-- Only the first two characters of a format matter.
f = assert(io.open(name))
print(f:read("*number", "*lines"))
f:close()
os.remove(name)
