-- Method calls on strings (`s:m()`) look the method up through the strings' metatable; changes
-- to that metatable and to the string table show at call sites that have run many times before.
local function probe(label, s)
  local out
  for _ = 1, 5 do out = { pcall(function() return s:upper(), s:len(), s:shout() end) } end
  print(label, out[1], out[2], out[3], out[4])
end

probe('no shout yet', 'abc')
function string.shout(s) return s:upper() .. '!' end
probe('shout added', 'abc')
string.upper = function(s) return 'UP:' .. s end
probe('upper replaced', 'abc')
string.shout = nil
probe('shout removed', 'abc')

local mt = getmetatable('')
local saved = mt.__index
mt.__index = { upper = function() return 'other upper' end, len = function() return -1 end,
  shout = function() return 'other shout' end }
probe('__index replaced', 'abc')
mt.__index = function(s, k) return function() return k .. ' from a function' end end
probe('__index function', 'abc')
mt.__index = saved
probe('__index restored', 'xyz')
print(('%d-%d'):format(1, 2), ('a,b'):find(',', 1, true), ('x'):rep(3))
