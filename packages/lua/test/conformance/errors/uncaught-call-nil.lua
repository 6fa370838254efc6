-- Calling an undefined global function.
local function run()
  print("about to call")
  undefinedFunction(1, 2)
end
run()
