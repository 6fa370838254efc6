-- io.output switches where io.write goes; io.close closes the default output.
local name = os.tmpname()
print("initial", io.output() == io.stdout)
local f = io.output(name)
print("returns the new file", f == io.output(), io.type(f))
print("write", io.write("first line\n", 2, "\n"))
io.output(io.stdout)
print("back to stdout", io.output() == io.stdout)
print("close other", f:close())

local g = assert(io.open(name, "a"))
io.output(g)
io.write("appended\n")
print("io.close", io.close())
print("closed default", io.type(io.output()))
print(pcall(io.write, "lost"))
print(pcall(io.close))
print(pcall(io.flush))
io.output(io.stdout)

for line in io.lines(name) do print("file:", line) end
print(pcall(io.output, "no-such-dir/x"))
print(pcall(io.output, {}))
os.remove(name)
