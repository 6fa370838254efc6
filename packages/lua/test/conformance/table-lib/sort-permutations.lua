-- Every permutation of small arrays, sorted with several comparators: each output (and its
-- comparison count) follows from the exact steps of the sort.
local function permutations(n)
  local result = {}
  local a = {}
  for i = 1, n do a[i] = i end
  local function gen(k)
    if k > n then
      local copy = {}
      for i = 1, n do copy[i] = a[i] end
      result[#result + 1] = copy
      return
    end
    for i = k, n do
      a[k], a[i] = a[i], a[k]
      gen(k + 1)
      a[k], a[i] = a[i], a[k]
    end
  end
  gen(1)
  return result
end

local comparators = {
  {"lt", function(a, b) return a < b end},
  {"gt", function(a, b) return a > b end},
  {"parity", function(a, b) return a % 2 < b % 2 end},
  {"le", function(a, b) return a <= b end},
}

for n = 2, 5 do
  for _, c in ipairs(comparators) do
    local lines = {}
    for _, p in ipairs(permutations(n)) do
      local calls = 0
      local cmp = c[2]
      local ok = pcall(table.sort, p, function(a, b) calls = calls + 1; return cmp(a, b) end)
      local out = {}
      for i = 1, n do out[i] = tostring(p[i]) end
      lines[#lines + 1] = (ok and "" or "E") .. table.concat(out) .. "/" .. calls
    end
    print(n, c[1], table.concat(lines, " "))
  end
end
