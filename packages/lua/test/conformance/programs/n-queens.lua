-- Counting N-queens solutions with backtracking, and drawing the first 8x8 solution.
local function solve(n, wantFirst)
  local cols, diag1, diag2 = {}, {}, {}
  local placement = {}
  local count = 0
  local first
  local function place(row)
    if row > n then
      count = count + 1
      if wantFirst and not first then
        first = {}
        for i = 1, n do first[i] = placement[i] end
      end
      return
    end
    for c = 1, n do
      if not cols[c] and not diag1[row + c] and not diag2[row - c + n] then
        cols[c], diag1[row + c], diag2[row - c + n] = true, true, true
        placement[row] = c
        place(row + 1)
        cols[c], diag1[row + c], diag2[row - c + n] = nil, nil, nil
      end
    end
  end
  place(1)
  return count, first
end
for n = 1, 8 do
  local count = solve(n)
  print("n=" .. n, "solutions", count)
end
local _, board = solve(8, true)
for r = 1, 8 do
  local line = ""
  for c = 1, 8 do line = line .. (board[r] == c and "Q" or ".") end
  print(line)
end
local function valid(b)
  for i = 1, #b do
    for j = i + 1, #b do
      if b[i] == b[j] then return false end
      local d = b[i] - b[j]
      if d < 0 then d = -d end
      if d == j - i then return false end
    end
  end
  return true
end
print("first solution valid", valid(board))
