-- The .. operator: right associative, converts numbers, rejects other types.
print("strings", "ab" .. "cd", "" .. "", "x" .. "")
print("numbers", 1 .. 2, 10 .. 20 .. 30, 0.5 .. 0.25)
print("negative numbers", -1 .. -2, 3 .. -4)
print("float formatting", 1 / 3 .. "", 1e100 .. "", 2 ^ 63 .. "", 1e-5 .. "")
local parts = { "a", "b", "c", "d", "e" }
print("chain", parts[1] .. parts[2] .. parts[3] .. parts[4] .. parts[5])
local s = ""
for i = 1, 20 do s = s .. (i % 10) end
print("built in loop", s, #s)
local long = "0123456789"
for _ = 1, 4 do long = long .. long end
print("doubled length", #long)
local function try(f)
  local ok, err = pcall(f)
  print(ok, err)
end
try(function() return "a" .. nil end)
try(function() return "a" .. {} end)
try(function() return "a" .. true end)
try(function() return 1 .. print end)
try(function() local t = {} return t.missing .. "x" end)
try(function() local n return "x" .. n end)
try(function() return "a" .. "b" .. undefinedGlobal end)
local mixed = 1 .. "" == "1"
print("concat then compare", mixed)
print("concat with parentheses", ("a" .. "b") .. ("c" .. "d"))
print("concat of results", (function() return "f" end)() .. (function() return 1 end)())
print("concat keeps embedded zero length", #("a\0" .. "\0b"))
