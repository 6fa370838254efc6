-- Long brackets of various levels.
print([[simple long string]])
print([==[level two with ]] inside]==])
print([=[level one with [[nested]] brackets]=])
local first = [[
skipped first newline]]
print(first, #first)
local keep = [[

second newline kept]]
print(#keep)
print(keep)
local multi = [[line1
line2
line3]]
print(multi)
print("escapes stay literal:", [[\n\t\\]], #[[\n\t\\]])
print("quotes inside:", [["double" and 'single']])
print("empty long strings:", #[[]], #[==[]==], [[]] == "")
print([===[closing ]==] and ]] do not end this]===])
local lvl = [====[
]====]
print("only newline skipped leaves empty:", #lvl)
local twoNl = [[

]]
print("two newlines leave one:", #twoNl)
print("long string equals quoted:", [[abc]] == "abc", [=[a"b]=] == 'a"b')
local t = { [[key]] }
print("in constructor:", t[1])
print("as call arg:", #[[12345]])
local function id(x) return x end
print(id[[call sugar with long string]])
print("brackets alone: [ ] [= =]", [[ [ ] [=[ ]=] ]])
