-- In append mode every write goes to the end, wherever the position was.
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("start\n")
f:close()

f = assert(io.open(name, "a"))
f:write("one\n")
f:seek("set", 0)
f:write("two\n")
print("read in a", f:read())
f:close()

f = assert(io.open(name, "a+"))
f:seek("set", 0)
print("a+ reads", f:read())
f:write("three\n")
f:seek("set", 0)
print("a+ all", f:read("*a"))
print("a+ end", f:seek("end"))
f:close()

local n = 0
for line in io.lines(name) do n = n + 1 print(n, line) end
os.remove(name)
