-- Every escape sequence Lua 5.1 accepts inside quoted strings.
print("newline:[a\nb]")
print("tab:[a\tb]")
print("backslash:[\\]")
print("double quote:[\"]", 'single quote:[\']')
print("quote kinds mix:", "it's", 'say "hi"')
print("bell len", #"\a", "backspace len", #"\b", "formfeed len", #"\f")
print("vtab len", #"\v", "cr len", #"\r")
print("bell is byte 7", "\a" == "\7", "\b" == "\8", "\f" == "\12")
print("newline is 10", "\n" == "\10", "\r" == "\13", "\t" == "\9", "\v" == "\11")
-- Decimal escapes take up to three digits.
print("decimal A:", "\65\66\67")
print("three digits then digit:", "\0491", "\049" == "1")
print("short decimal followed by letter:", "\72i")
print("leading zeros:", "\065\066", "\06566" == "A66")
print("zero byte length", #"\0", #"a\0b", "a\0b" == "a\0b", "a\0b" == "a\0c")
print("high byte length", #"\255", "\255" == "\255", "\200" < "\201")
-- A backslash before a real newline puts a newline in the string.
local s = "first\
second"
print(s)
print("continuation length", #s)
print("escaped backslash then n:", "\\n", #"\\n")
print("lowercase escapes inside words:", "x\ty\tz")
local all = "\a\b\f\n\r\t\v\\\"\'"
print("all ten escapes length", #all)
print("single quoted escapes:", 'a\tb\'c\\d')
print("escape equality", "\"" == '"', "\'" == "'")
print("decimal 126 and 32:", "[\126\32\126]")
print("concat of escapes:", "\72" .. "\101" .. "\108\108\111")
