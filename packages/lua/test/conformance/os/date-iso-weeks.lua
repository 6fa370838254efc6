-- Week numbers around new year: %U (Sunday weeks), %W (Monday weeks), %V/%G (ISO 8601).
local day = 86400
for _, start in ipairs{"2004", "2005", "2008", "2009", "2010", "2015", "2016", "2020", "2021"} do
  local t = os.time{year = tonumber(start) - 1, month = 12, day = 27, hour = 12}
  local row = {}
  for i = 0, 9 do
    row[#row + 1] = os.date("!%m%d:%a:%U:%W:%V:%G", t + i * day)
  end
  print(start, table.concat(row, " "))
end
