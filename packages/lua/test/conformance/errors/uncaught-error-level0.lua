-- error at level 0 prints the message exactly as given.
local function fail()
  error("bare message without position", 0)
end
print("calling fail")
fail()
