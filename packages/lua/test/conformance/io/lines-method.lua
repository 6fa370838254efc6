-- file:lines() iterates over the remaining lines and leaves the file open.
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("header\n", "a\n", "b\n", "\n", "c")
f:close()

f = assert(io.open(name))
print("header", f:read())
for line in f:lines() do print("line", "[" .. line .. "]") end
print("still open", io.type(f), f:read(), f:read("*a"))
print("rewind", f:seek("set"))
local count = 0
for _ in f:lines() do count = count + 1 end
print("count", count)
f:close()

-- The iterator fails once its file is closed.
f = assert(io.open(name))
local it = f:lines()
print("first", it())
f:close()
print(pcall(it))
print(pcall(f.lines, f))

-- Every call of the iterator reads from the current position of the file.
f = assert(io.open(name))
it = f:lines()
print(it(), f:read(), it())
f:close()
os.remove(name)
