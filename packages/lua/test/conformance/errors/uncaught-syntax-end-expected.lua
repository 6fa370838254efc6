-- A missing 'end' is reported at the end of the file.
local function broken()
  if true then
    print("never printed")
end
