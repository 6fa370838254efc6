-- Back-references %1-%9 match the text of an earlier, closed capture.
print("double letter", string.match("hello", "(%a)%1"))
print("quoted", string.match([[say "hi" and 'bye']], "([\"'])(.-)%1"))
print("second quote", string.match([[say 'it''s']], "(['\"])(.-)%1", 6))
print("repeat word", string.match("the the cat", "(%a+) %1"))
print("no repeat", string.match("the cat", "(%a+) %1"))
print("nested ref", string.match("abab", "((a)b)%1"))
print("ref to inner", string.match("abb", "(a(b))%2"))
print("ref empty", string.match("ab", "a(x*)%1b"))
print("ninth", string.match("123456789x9", "(1)(2)(3)(4)(5)(6)(7)(8)(9)x%9"))
print("ref greedy", string.match("aaaa", "^(a+)%1$"))
print("ref lazy", string.match("abcabc", "^(.-)%1$"))
print("ref with suffix char", string.match("xx*", "(x)%1%*"))
print("palindrome 5", string.match("racecar", "^(.)(.)(.).%3%2%1$"))
print("long ref", string.match("Lua Lua Lua", "^(%a+) %1 %1$"))
print("html", string.match("<b>bold</b>", "<(%a+)>(.-)</%1>"))

-- a reference to a position capture never matches
print("ref position", string.match("aa", "()a%1"))

-- bad references
print("ref 0", pcall(string.match, "aa", "(a)%0"))
print("ref unopened", pcall(string.match, "aa", "(a)%2"))
print("ref open", pcall(string.match, "aa", "(a%1)"))
print("ref none", pcall(string.find, "aa", "%1"))
print("ref in gsub", pcall(string.gsub, "aa", "%3", ""))

-- gsub with back-references
print("collapse doubles", string.gsub("aabbccd", "(%a)%1", "%1"))
print("swap pairs", string.gsub("ab cd ef", "(%a)(%a)", "%2%1"))
