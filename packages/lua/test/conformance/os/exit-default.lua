-- os.exit() exits with status 0, skipping the rest of the program.
local function deep(n)
  if n == 0 then
    print("exiting from depth")
    os.exit()
  end
  deep(n - 1)
  print("unwinding", n)
end
deep(5)
print("never")
