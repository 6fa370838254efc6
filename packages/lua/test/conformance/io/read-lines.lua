-- "*l" reads lines without their newline; the last line may lack one.
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("first\n", "\n", "  spaced  \n", "tab\there\n", "cr\r\n", "last without newline")
f:close()

f = assert(io.open(name))
local n = 0
while true do
  local line = f:read("*l")
  if line == nil then break end
  n = n + 1
  print(n, "[" .. line .. "]", #line)
end
print("after end", f:read("*l"), f:read())
f:close()

-- A file whose last line ends with a newline has no extra empty line.
f = assert(io.open(name, "w"))
f:write("one\ntwo\n")
f:close()
f = assert(io.open(name))
print(f:read(), f:read(), f:read())
f:close()

-- An empty file has no lines at all.
f = assert(io.open(name, "w"))
f:close()
f = assert(io.open(name))
print("empty", f:read("*l"), f:read("*a"))
f:close()
os.remove(name)
