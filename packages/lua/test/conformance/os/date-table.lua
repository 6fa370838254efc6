-- os.date("!*t") breaks a time into fields; wday counts from Sunday = 1, yday from 1.
local function show(t)
  local d = os.date("!*t", t)
  print(t, d.year, d.month, d.day, d.hour, d.min, d.sec, d.wday, d.yday, d.isdst)
end
show(0)
show(59)
show(951868800)   -- 2000-03-01, after a leap day
show(951782400)   -- 2000-02-29
show(1230768000)  -- 2009-01-01
show(1262303999)  -- last second of 2009
show(-1)
show(-2208988800) -- 1900-01-01
show(253402300799) -- 9999-12-31 23:59:59
show(1.75)
show(-1.75)

local d = os.date("!*t", 1234567890)
local keys = {}
for k in pairs(d) do keys[#keys + 1] = k end
table.sort(keys)
print(table.concat(keys, " "))
print(type(d.isdst))
