-- os.time reads local time fields and carries out-of-range values over, like C's mktime.
local base = os.time{year = 2010, month = 1, day = 10, hour = 12}
local function rel(fields)
  local t = os.time(fields)
  return t and (t - base)
end
print("hour defaults to 12", rel{year = 2010, month = 1, day = 10})
print("min and sec default to 0", rel{year = 2010, month = 1, day = 10, hour = 12, min = 0, sec = 0})
print("next day", rel{year = 2010, month = 1, day = 11})
print("day 0", rel{year = 2010, month = 1, day = 0})
print("day 32", rel{year = 2010, month = 1, day = 41})
print("month 13", rel{year = 2009, month = 13, day = 10})
print("month 0", rel{year = 2010, month = 0, day = 10})
print("month -11", rel{year = 2011, month = -11, day = 10})
print("negative hour", rel{year = 2010, month = 1, day = 10, hour = -1})
print("minutes", rel{year = 2010, month = 1, day = 10, hour = 12, min = 1500})
print("seconds", rel{year = 2010, month = 1, day = 10, hour = 12, sec = -86400})
print("fractions truncate", rel{year = 2010, month = 1, day = 10.9, hour = 12.5, min = 0.99})
print("strings count", rel{year = "2010", month = "1", day = "10", hour = " 12 "})
print("wday and yday ignored", rel{year = 2010, month = 1, day = 10, wday = 5, yday = 200})

-- Round trips through os.date("*t").
for _, t in ipairs{0, 86400 * 365, 1000000000, 1234567890, 2000000000} do
  print("round trip", t, os.time(os.date("*t", t)) == t)
end
local d = os.date("*t", 1234567890)
d.day = d.day + 30
print("30 days later", os.time(d) - 1234567890 == 30 * 86400 or "dst moved")
print("now is a whole number", os.time() % 1 == 0, os.time() > 1.6e9)
