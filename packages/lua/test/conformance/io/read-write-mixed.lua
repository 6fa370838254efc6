-- Files opened with '+' can be read and written; a seek between the two switches direction.
local name = os.tmpname()
local f = assert(io.open(name, "w+"))
f:write("line one\nline two\nline three\n")
f:seek("set")
print(f:read())
f:seek("cur")
f:write("LINE")
f:seek("set")
print(f:read("*a"))

f:seek("set", 5)
f:write("ONE")
f:seek("set", 0)
print(f:read())
f:close()

f = assert(io.open(name, "r+"))
print(f:read(4))
f:seek("cur", 0)
f:write("_")
f:seek("set")
print(f:read())
f:seek("end")
f:write("added\n")
f:seek("set")
local n = 0
for _ in f:lines() do n = n + 1 end
print("lines", n)
f:close()

for line in io.lines(name) do print(line) end
os.remove(name)
