-- Numeric formats read that many bytes; 0 tests for the end of the file.
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("abcdefghij")
f:close()

f = assert(io.open(name))
print("zero at start", f:read(0))
print("three", f:read(3))
print("one", f:read(1))
print("more than left", f:read(100))
print("zero at end", f:read(0))
print("one at end", f:read(1))
print("big at end", f:read(5))
f:close()

f = assert(io.open(name))
print("fraction", f:read(2.9))
print("numeric string is not a count", pcall(f.read, f, "2"))
print("mixed", f:read(2, "*l"))
f:close()

-- Counts bigger than the buffer.
f = assert(io.open(name, "w"))
for i = 1, 5000 do f:write("xyz") end
f:close()
f = assert(io.open(name))
local a = f:read(9000)
local b = f:read(9000)
print("big reads", #a, #b, f:read(1))
f:close()
os.remove(name)
