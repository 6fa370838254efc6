-- Numbers are accepted where strings are expected (converted as tostring does) and numeric
-- strings where numbers are expected.
print("len", string.len(100), string.len(-1.5), string.len(1e100), string.len(2^63))
print("sub", string.sub(123456, 2, -2), string.sub(0.125, 3))
print("upper", string.upper(1e10), string.lower(-1e-10))
print("rep", string.rep(0, 3), string.rep(1.5, 2, nil))
print("reverse", string.reverse(1024))
print("byte", string.byte(9), string.byte(1.25, 2))
print("find", string.find(123123, 3, 4), string.find(1.5, ".", 1, true))
print("match", string.match(3.25, "%d+"), string.match(100, "0+"))
print("gsub", string.gsub(1000, 0, 1), string.gsub(12, "%d", 3.5))
print("gmatch", (function()
  local t = {}
  for d in string.gmatch(2^20, "%d") do t[#t + 1] = d end
  return table.concat(t)
end)())
print("format", string.format(123), string.format(1.5), string.format("%s", 0.1))

-- numeric strings as numbers
print("sub positions", string.sub("abcdef", "2", "-2"), string.sub("abcdef", " 3 "))
print("rep count", string.rep("ab", "3"), string.rep("ab", "0x2"))
print("byte positions", string.byte("abc", "2"))
print("char codes", string.char("0x41", "66", " 67"))
print("find init", string.find("abcabc", "a", "2"))
print("gsub limit", string.gsub("aaa", "a", "b", "2"))
print("format numbers", string.format("%d %5.1f %x", "10", "2.25", "255"))
print("exponents", string.format("%d", "1e3"), string.rep("x", "2e0"))

-- non-numeric strings are errors
print(pcall(string.sub, "abc", "two"))
print(pcall(string.rep, "abc", "1x"))
print(pcall(string.char, "A"))
print(pcall(string.format, "%d", "ten"))
print(pcall(string.byte, "abc", ""))
