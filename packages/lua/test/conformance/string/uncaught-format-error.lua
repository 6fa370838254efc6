-- An uncaught string.format argument error ends the program.
local values = {1, 2, "three"}
for i, v in ipairs(values) do
  print(string.format("%d: %5.1f", i, v))
end
