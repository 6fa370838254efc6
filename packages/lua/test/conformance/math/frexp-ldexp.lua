-- math.frexp splits x into m * 2^e with 0.5 <= |m| < 1; math.ldexp puts them back together.
local values = {1, 2, 3, 0.5, 0.75, -1, -6, 1024, 1e10, 1e-10, 0.1, 1e308, 2.2250738585072014e-308,
  4.9e-324, 1e-320, -3e-315, 1.7976931348623157e308, 123.456, 2^-1022, 2^-1023}
for i, v in ipairs(values) do
  local m, e = math.frexp(v)
  print(i, v, m, e, math.ldexp(m, e) == v)
end
print("zero", math.frexp(0))
print("negative zero", math.frexp(-1 / math.huge))
print("inf", math.frexp(math.huge))
print("-inf", math.frexp(-math.huge))

-- ldexp scales by powers of two, rounding once
local cases = {
  {1, 0}, {1, 10}, {1, -10}, {3, 4}, {0.5, 1024}, {1, 1023}, {1, 1024}, {-1, 1024},
  {1, -1022}, {1, -1074}, {1, -1075}, {1.5, -1074}, {3, -1075}, {1, -1076}, {0.75, -1073},
  {2^-1074, 1074}, {2^-1074, 2000}, {1e308, -2000}, {1e-308, 600}, {5, 2.9}, {5, -2.9},
  {math.huge, -5}, {-math.huge, 3}, {0, 100},
}
for _, c in ipairs(cases) do
  print("ldexp", c[1], c[2], math.ldexp(c[1], c[2]))
end

-- round trip for many numbers
local ok = true
local x = 1.2345
for i = 1, 300 do
  x = x * -1.7
  local m, e = math.frexp(x)
  if math.abs(m) < 0.5 or math.abs(m) >= 1 or math.ldexp(m, e) ~= x then ok = false end
end
print("round trips", ok)

-- strings and errors
print("strings", math.frexp("8"), math.ldexp("3", "2"))
print(pcall(math.frexp))
print(pcall(math.ldexp, 1))
print(pcall(math.ldexp, nil, 1))
print(pcall(math.ldexp, 1, "e"))
