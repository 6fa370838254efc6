-- Readers that misbehave: load returns nil and a message rather than raising.
-- (Called inside a function run by pcall, as lua5.1's own handler would otherwise add a traceback.)
local function run()
  print(load(function() return {} end))
  print(load(function() return true end))
  local first = true
  print(load(function() if first then first = false return "return 1" end return false end))
  print(load(function() error("reader broke") end))
  print(load(function() error("no position", 0) end))
  print(select("#", load(function() error() end)))
  print(load(function() error() end))
  local ok, v = load(function() error({ code = 7 }) end)
  print(ok, type(v), v.code)
  -- Whatever the reader raised is the second result, even a function.
  print(select("#", load(function() error(print) end)), select(2, load(function() error(print) end)) == print)
  local n = 0
  print(load(function() n = n + 1 if n == 1 then return "return " end error("second piece fails") end))
end
print(pcall(run))

-- Argument errors.
print(pcall(load))
print(pcall(load, "return 1"))
print(pcall(load, function() end, {}))
print(pcall(load, string.rep))
print(type(select(2, pcall(load, print))))
