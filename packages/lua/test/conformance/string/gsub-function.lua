-- gsub with a function: called with the captures (or the whole match), its result replaces.
print("upper", string.gsub("hello world", "%w+", string.upper))
print("captures", string.gsub("a=1, b=2", "(%w+)=(%w+)", function(k, v) return v .. "=" .. k end))
print("whole match arg", string.gsub("abc", "%w", function(...) return select("#", ...) end))
print("capture count", string.gsub("abc", "(%w)(%w)", function(...) return select("#", ...) end))
print("positions", string.gsub("abc", "()(%w)", function(p, c) return c .. p end))
print("nil keeps", string.gsub("abc", "%w", function(c) if c == "b" then return "B" end end))
print("false keeps", string.gsub("abc", "%w", function(c) return c == "a" and false or c:upper() end))
print("number result", string.gsub("1 2 3", "%d", function(d) return d * 10 end))
print("float result", string.gsub("x", "x", function() return 1 / 4 end))
print("big number result", string.gsub("x", "x", function() return 2^53 end))
print("empty result", string.gsub("abc", "b", function() return "" end))
print("only first result", string.gsub("abc", "b", function() return "X", "Y" end))
print("no result", string.gsub("abc", "b", function() end))

-- the function sees every match in order, including empty ones
local seen = {}
string.gsub("ab", "x*", function(m) seen[#seen + 1] = "[" .. m .. "]" end)
print("empty matches", table.concat(seen))

-- state across calls
local n = 0
print("numbering", string.gsub("x x x", "x", function() n = n + 1 return "x" .. n end))

-- expanding variables
local vars = {name = "Lua", version = "5.1"}
print("expand", string.gsub("$name $version $missing", "%$(%w+)", function(k) return vars[k] end))

-- nested gsub inside the function
print("nested", string.gsub("a-b c-d", "%S+", function(w)
  return (string.gsub(w, "%a", function(c) return c:upper() .. c end))
end))

-- errors inside the function propagate
print(pcall(string.gsub, "abc", "b", function() error("boom") end))
print("table error", type(select(2, pcall(string.gsub, "abc", "b", function() error({}) end))))
print(pcall(string.gsub, "abc", "b", function() return {} end))
print(pcall(string.gsub, "abc", "b", function() return true end))
