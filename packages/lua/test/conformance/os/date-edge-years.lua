-- Years far from now: negative years, year 0, huge years, and times gmtime cannot represent.
local function year(y)
  return os.time{year = y, month = 6, day = 15, hour = 12}
end
for _, y in ipairs{1, 5, 99, 100, 999, 1000, 1582, 1900, 2038, 2100, 10000, 12345, 0, -1, -99, -100, -101, -4713} do
  local t = year(y)
  print(y, os.date("!%Y|%C|%y|%G|%g|%F|%j|%a", t))
end
print("huge", os.date("!%Y", 2^53), os.date("!*t", 2^53).year)
print("too far", os.date("!%Y", 1e17), os.date("!*t", -1e17))
print("round trip", os.time(os.date("*t", 2^40)) == 2^40)
