-- An uncaught runtime error inside nested calls ends the program with status 1.
local function average(list)
  local total = 0
  for i = 1, #list do total = total + list[i].value end
  return total / #list
end
print("before the error")
print(average({ { value = 1 }, { value = 3 } }))
print(average({ { value = 1 }, { amount = 3 } }))
print("never printed")
