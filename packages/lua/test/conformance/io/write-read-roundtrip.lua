-- Writing strings and numbers to a file and reading them back whole.
local name = os.tmpname()
local f = assert(io.open(name, "w"))
print("write", f:write("alpha ", 42, " ", 3.25, " ", -0.5, "\n"))
print("write more", f:write(1e100, " ", 2^53, " ", 1/3, "\n"))
print("write nothing", f:write())
print("close", f:close())

f = assert(io.open(name, "r"))
local all = f:read("*a")
print("length", #all)
io.write(all)
print("again at end", f:read("*a") == "", f:read("*l"))
f:close()

-- Opening with "w" truncates what was there.
f = assert(io.open(name, "w"))
f:write("short")
f:close()
f = assert(io.open(name))
print("truncated", f:read("*a"))
f:close()
print("removed", os.remove(name))
