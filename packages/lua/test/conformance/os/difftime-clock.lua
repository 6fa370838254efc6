-- difftime subtracts whole seconds; clock measures processor time.
print(os.difftime(10, 4), os.difftime(4, 10), os.difftime(5))
print(os.difftime(1.9, 0.2), os.difftime(-1.5, 1.5))
print(os.difftime(os.time{year = 2001, month = 1, day = 1, hour = 0}, os.time{year = 2000, month = 1, day = 1, hour = 0}) / 86400)
print(pcall(os.difftime))
print(pcall(os.difftime, "a"))
print(pcall(os.difftime, 1, {}))
print(os.difftime("10", "3"))

local c0 = os.clock()
print(type(c0), c0 >= 0)
local x = 0
for i = 1, 200000 do x = x + i % 7 end
local c1 = os.clock()
print("clock does not go back", c1 >= c0, x)
