-- Line comments, block comments of several levels, and comments in odd places.
print("start") -- trailing comment
--[[ a block comment
print("never printed 1")
]]
print("after block")
--[==[ level two
]] does not close this
print("never printed 2")
]==]
print("after level two")
--[[ single-line block ]] print("code after block comment on same line")
---[[ three dashes make this a line comment
print("printed because the block opener was commented out")
--]]
local x = 1 --[[ inline ]] + 2
print("inline block comment value", x)
local t = { 1, --[[ two ]] 2, -- three
  3 }
print("comments in constructor", t[1], t[2], t[3])
--[ not a long comment because no second bracket
print("single bracket comment was a line comment")
--[=x not a long bracket either
print("malformed level is a line comment")
-- a comment containing ]] and [[ and --
print("comment with brackets ok")
local s = "-- not a comment inside a string"
print(s)
local u = [==[--[[ not a comment inside a long string]==]
print(u)
print("end") -- final comment without trailing newline
-- last line is a comment