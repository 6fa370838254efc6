-- loadfile compiles a file without running it; the chunk name is "@" plus the file name.
local f = loadfile("chunks/sum.chunk")
print("type", type(f))
print("call", f(1, 2))
print("call", f(10, 20, 30))
print("call", f())

-- Loading does not run; each call runs the body again.
local c = loadfile("chunks/counts.chunk")
print("before", counter_from_file)
print("runs", c(), c(), counter_from_file)

-- A '#' first line is skipped, and line numbers still count it.
print(loadfile("chunks/shebang.chunk")())
print(loadfile("chunks/shebang-bad.chunk"))
print(select("#", loadfile("chunks/hash-only.chunk")()))

-- Syntax errors name the file.
print(loadfile("chunks/incomplete.chunk"))
print(select("#", loadfile("chunks/empty.chunk")()))

-- Runtime errors in a loaded file are positioned in it.
print(pcall(loadfile("chunks/fails.chunk")))

-- Files that cannot be read.
print(loadfile("chunks/no-such-file.lua"))
print(loadfile("no-such-dir/x.lua"))
print(loadfile("chunks"))
print(loadfile(""))
print(loadfile(12))
print(pcall(loadfile, {}))
print(pcall(loadfile, true))

-- The file is read when loadfile is called: later changes do not matter to the function.
local g = loadfile("chunks/sum.chunk")
print(g(5, 6))
