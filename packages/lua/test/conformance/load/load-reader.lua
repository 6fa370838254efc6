-- load() builds a chunk from the pieces a reader function returns.
local function reader(pieces)
  local i = 0
  return function()
    i = i + 1
    return pieces[i]
  end
end

print(load(reader({ "return ", "1 ", "+ ", "2" }))())
-- Pieces can split tokens anywhere.
print(load(reader({ "ret", "urn 'he", "llo' .. ", "'!'" }))())
print(load(reader({ "return 12", "34" }))())
-- Numbers are pieces too.
print(load(reader({ "return ", 7, "+", 0.5 }))())
-- An empty piece ends the text, like nil.
print(load(reader({ "return 'first'", "", "error('never read')" }))())
-- A reader that gives nothing at once makes an empty chunk.
print(select("#", load(function() return nil end)()))

-- How often the reader is called for a good chunk: every piece plus the final nil.
local calls = 0
local f = load(function()
  calls = calls + 1
  if calls <= 3 then return "x = " .. calls .. "\n" end
end)
print("calls", calls, f ~= nil)
f()
print("x", x)

-- The default chunk name is "=(load)".
print(load(reader({ "x = = 1" })))
print(load(reader({ "x = = 1" }), "=mine"))
print(load(reader({ "x = = 1" }), "source text"))
print(pcall(load(reader({ "error('from loaded')" }))))
local big = {}
for i = 1, 200 do big[i] = "t[" .. i .. "] = " .. i .. "\n" end
big[#big + 1] = "return t[200]"
t = {}
print(load(reader(big))())
