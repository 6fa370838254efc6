-- Fannkuch-redux: visits every permutation of 1..n and counts pancake flips; small integer
-- arrays, tight loops and swaps.

local N = 9

local function fannkuch(n)
  local perm, current, count = {}, {}, {}
  for i = 0, n - 1 do current[i] = i end
  local maxFlips, checksum, index = 0, 0, 0
  local r = n
  while true do
    -- Reset the counters of the rotations still to perform at each level.
    while r ~= 1 do
      count[r - 1] = r
      r = r - 1
    end
    for i = 0, n - 1 do perm[i] = current[i] end
    local flips = 0
    local first = perm[0]
    while first ~= 0 do
      local lo, hi = 0, first
      while lo < hi do
        perm[lo], perm[hi] = perm[hi], perm[lo]
        lo = lo + 1
        hi = hi - 1
      end
      flips = flips + 1
      first = perm[0]
    end
    if flips > maxFlips then maxFlips = flips end
    if index % 2 == 0 then checksum = checksum + flips else checksum = checksum - flips end
    -- Advance to the next permutation by rotating the first r + 1 elements.
    while true do
      if r == n then return checksum, maxFlips end
      local head = current[0]
      for i = 0, r - 1 do current[i] = current[i + 1] end
      current[r] = head
      count[r] = count[r] - 1
      if count[r] > 0 then break end
      r = r + 1
    end
    index = index + 1
  end
end

-- Published reference values for this permutation order.
local known = { [7] = { 228, 16 }, [8] = { 1616, 22 }, [9] = { 8629, 30 }, [10] = { 73196, 38 } }
local REPEAT = 4
local checksum, maxFlips
for _ = 1, REPEAT do
  checksum, maxFlips = fannkuch(N)
  local want = known[N]
  if checksum ~= want[1] or maxFlips ~= want[2] then
    error(string.format('fannkuch(%d): got %d/%d', N, checksum, maxFlips))
  end
end
print(string.format('fannkuch(%d): checksum %d, max flips %d', N, checksum, maxFlips))
