-- dofile runs a file at once and returns all its results.
print(dofile("chunks/sum.chunk"))
print(select("#", dofile("chunks/sum.chunk")))
print(dofile("chunks/shebang.chunk"))
print(select("#", dofile("chunks/empty.chunk")))
print("counts", dofile("chunks/counts.chunk"), dofile("chunks/counts.chunk"))

-- dofile inside a file.
print(dofile("chunks/nested.chunk"))

-- Errors pass through dofile unchanged.
print(pcall(dofile, "chunks/fails.chunk"))
print(pcall(dofile, "chunks/raises.chunk"))
print(pcall(dofile, "chunks/incomplete.chunk"))
print(pcall(dofile, "chunks/no-such-file"))
print(pcall(dofile, "chunks"))
print(pcall(dofile, {}))

-- dofile results used in expressions.
local t = { dofile("chunks/sum.chunk") }
print(#t, t[1], t[2], t[3])
local a = dofile("chunks/sum.chunk") .. "!"
print(a)

-- A function that calls dofile from a tail position.
local function tail() return dofile("chunks/shebang.chunk") end
print(tail())
