-- How chunk names appear in messages: the source itself, shortened, or a given name.
local function err(src, name)
  local f, e = loadstring(src, name)
  if f then
    local ok, msg = pcall(f)
    return msg
  end
  return e
end

print(err("error('boom')"))
print(err("error('boom')", "=named"))
print(err("error('boom')", "@some/file.lua"))
print(err("local x = nil; x()"))
print(err("local x = nil\n\nx()"))
print(err("\nerror('second line')"))
-- Compile errors shorten long names to fit lua5.1's 80-byte buffer.
print(err(string.rep("x", 100) .. " = = 1"))
print(err("x = = 1", "=" .. string.rep("n", 100)))
print(err("x = = 1", "@" .. string.rep("d/", 50) .. "end.lua"))
print(err("x = = 1", string.rep("e", 63)))
print(err("x = = 1", string.rep("e", 64)))
print(err("error('short')", string.rep("e", 20)))
print(err("error('name with newline')", "first\nsecond"))
print(err("error('level 2')", "=lvl"))
print(err("local function f() error('in f', 2) end f()", "=lvl2"))

-- A runtime error inside a function defined in a loaded chunk.
local f = loadstring("return function(t) return t.x.y end", "=defs")()
print(pcall(f, {}))
