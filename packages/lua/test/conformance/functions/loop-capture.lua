-- Each loop iteration gets fresh local variables, so closures capture per-iteration values.
local numeric = {}
for i = 1, 3 do numeric[i] = function() return i end end
print("numeric for", numeric[1](), numeric[2](), numeric[3]())
local generic = {}
for i, v in ipairs({ "a", "b", "c" }) do generic[i] = function() return i .. v end end
print("generic for", generic[1](), generic[2](), generic[3]())
local whileFns = {}
local j = 1
while j <= 3 do
  local captured = j * 10
  whileFns[j] = function() return captured end
  j = j + 1
end
print("while body local", whileFns[1](), whileFns[2](), whileFns[3]())
local sharedFns = {}
local k = 1
while k <= 3 do
  sharedFns[k] = function() return k end
  k = k + 1
end
print("while with outer variable shares it", sharedFns[1](), sharedFns[2](), sharedFns[3]())
local repeatFns = {}
local r = 0
repeat
  r = r + 1
  local snapshot = r
  repeatFns[r] = function() return snapshot end
until r == 3
print("repeat body local", repeatFns[1](), repeatFns[2](), repeatFns[3]())
local mutators = {}
for i = 1, 2 do
  local count = 0
  mutators[i] = { inc = function() count = count + 1 return count end,
                  get = function() return count end }
end
mutators[1].inc(); mutators[1].inc(); mutators[2].inc()
print("per-iteration state shared within iteration", mutators[1].get(), mutators[2].get())
local modified = {}
for i = 1, 3 do
  i = i * 100
  modified[#modified + 1] = function() return i end
end
print("assigning the loop variable copy", modified[1](), modified[2](), modified[3]())
local broken
for i = 1, 10 do
  if i == 4 then broken = function() return i end break end
end
print("captured before break", broken())
local nested = {}
for a = 1, 2 do
  for b = 1, 2 do
    nested[#nested + 1] = function() return a * 10 + b end
  end
end
print("nested loops", nested[1](), nested[2](), nested[3](), nested[4]())
local stepFns = {}
for x = 10, 1, -4 do stepFns[#stepFns + 1] = function() return x end end
print("negative step", stepFns[1](), stepFns[2](), stepFns[3]())
