-- tonumber without a base: decimal, exponent and hex strings, whitespace, and strings that fail.
local cases = {
  "10", "-10", "+10", "3.5", ".5", "5.", "1e3", "1E-2", "-2.5e2",
  "0x10", "0XfF", "  42", "42  ", " \t\n 7 \n", "007", "0",
  "", " ", "abc", "1 2", "1e", "e1", "--1", "- 1", "1..2", "0x", "x10", "10x", "1,5",
}
for i = 1, #cases do
  print(i, "[" .. cases[i] .. "]", tonumber(cases[i]))
end
print("numbers pass through:", tonumber(5), tonumber(-0.5), tonumber(1e100))
print("non-string non-number gives nil:", tonumber(true), tonumber({}), tonumber(print))
print("nil argument:", pcall(tonumber))
print("explicit nil argument:", pcall(tonumber, nil))
print("result type:", type(tonumber("1")), type(tonumber("x")))
print("round trip:", tonumber(tostring(1/3)) == 0.33333333333333, tonumber(tostring(12)) == 12)
print("arithmetic coercion agrees:", "0x10" + 0, " 5 " * 2, "1e1" - 0)
