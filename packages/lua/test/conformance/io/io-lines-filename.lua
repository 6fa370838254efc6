-- io.lines(name) opens the file, iterates its lines and closes it at the end.
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("x = 1\n", "y = 2\n", "z = 3\n")
f:close()

for line in io.lines(name) do print("got", line) end

local it = io.lines(name)
print(it())
print(it(), it())
print("end", it())
print("after end", pcall(it))

-- Breaking out early is fine; the default input is untouched.
for line in io.lines(name) do
  print("only", line)
  break
end
print("default input", io.input() == io.stdin)

print("removed", os.remove(name))
print(pcall(io.lines, "no-such-file.txt"))
print(pcall(io.lines, nil))
print(pcall(io.lines, {}))
print(pcall(io.lines, 12))
