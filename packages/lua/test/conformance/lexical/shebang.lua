#!/usr/bin/env lua5.1
-- The first line above is skipped because it starts with '#'.
print("shebang line was ignored")
local n = 0
for i = 1, 3 do n = n + i end
print("code still runs", n)
