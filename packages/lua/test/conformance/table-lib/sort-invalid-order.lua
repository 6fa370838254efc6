-- Comparators that are not strict orders: lua5.1 either finishes with some order or raises
-- "invalid order function for sorting" when a cursor runs off the range.
local function attempt(label, t, cmp)
  local copy = {}
  for i = 1, #t do copy[i] = t[i] end
  local ok, err = pcall(table.sort, copy, cmp)
  local out = {}
  for i = 1, #t do out[i] = tostring(copy[i]) end
  print(label, ok, err, table.concat(out, " "))
end

local always = function() return true end
local never = function() return false end
local le = function(a, b) return a <= b end
local ge = function(a, b) return a >= b end

for n = 1, 8 do
  local t = {}
  for i = 1, n do t[i] = i end
  attempt("always n=" .. n, t, always)
end
attempt("never", {3, 1, 2, 5, 4}, never)
attempt("le equal", {1, 1, 1, 1, 1}, le)
attempt("le mixed", {2, 1, 2, 1, 2, 1, 2}, le)
attempt("le distinct", {5, 3, 1, 4, 2}, le)
attempt("ge", {1, 2, 3, 4, 5, 6}, ge)
attempt("ge equal", {7, 7, 7, 7}, ge)

-- a comparator that reads past the end sees nil
local seen = {}
attempt("nil seen", {1, 2, 3, 4, 5}, function(a, b)
  if a == nil or b == nil then seen[#seen + 1] = tostring(a) .. "," .. tostring(b) end
  return true
end)
print("nil comparisons", #seen, table.concat(seen, " "))

-- the error names the caller's line when sort is called from Lua code
local function sorter(t)
  table.sort(t, function() return true end)
end
print(pcall(sorter, {1, 2, 3, 4}))

-- an alternating comparator
local flip = false
attempt("flip", {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, function()
  flip = not flip
  return flip
end)
