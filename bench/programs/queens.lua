-- N queens: counts all solutions by backtracking over boolean column and diagonal arrays;
-- recursion, array reads and writes, and branches.

local SIZES = { 6, 7, 8, 9, 10 }
local REPEATS = 66
-- Known solution counts.
local SOLUTIONS = { [4] = 2, [5] = 10, [6] = 4, [7] = 40, [8] = 92, [9] = 352, [10] = 724, [11] = 2680 }

local function countSolutions(n)
  local cols, diag1, diag2 = {}, {}, {}
  for i = 1, 2 * n do
    cols[i], diag1[i], diag2[i] = false, false, false
  end
  local function place(row)
    if row > n then return 1 end
    local found = 0
    for col = 1, n do
      local d1, d2 = row + col, row - col + n
      if not cols[col] and not diag1[d1] and not diag2[d2] then
        cols[col], diag1[d1], diag2[d2] = true, true, true
        found = found + place(row + 1)
        cols[col], diag1[d1], diag2[d2] = false, false, false
      end
    end
    return found
  end
  return place(1)
end

local total = 0
for _ = 1, REPEATS do
  for _, n in ipairs(SIZES) do
    local found = countSolutions(n)
    if found ~= SOLUTIONS[n] then error(string.format('queens(%d): %d solutions', n, found)) end
    total = total + found
  end
end
print(string.format('queens: %d solutions in total', total))
