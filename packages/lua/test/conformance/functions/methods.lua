-- Method calls with ':' pass the receiver as self.
local account = { balance = 100 }
function account:deposit(v) self.balance = self.balance + v return self end
function account.withdraw(self, v) self.balance = self.balance - v return self end
account:deposit(50)
print("after deposit", account.balance)
account.deposit(account, 25)
print("dot call with explicit self", account.balance)
account:withdraw(75)
print("colon call of dot-defined method", account.balance)
account:deposit(1):deposit(2):withdraw(3)
print("chained", account.balance)
local other = { balance = 0, deposit = account.deposit }
other:deposit(9)
print("method shared between tables", other.balance, account.balance)
local counter = { n = 0 }
function counter:inc() self.n = self.n + 1 end
local inc = counter.inc
inc(counter)
inc(counter)
print("method stored in variable", counter.n)
print("missing self errors", pcall(inc))
local obj = { name = "obj" }
function obj:describe(prefix, suffix) return prefix .. self.name .. suffix end
print(obj:describe("<", ">"))
local key = "describe"
print("computed method via bracket", obj[key](obj, "[", "]"))
local str = { s = "value" }
function str:get() return self.s end
print("method on expression", ({ s = "temp", get = str.get }):get())
local nested = { inner = { v = 3 } }
function nested.inner:triple() return self.v * 3 end
print("method on nested field", nested.inner:triple())
local function makeObj(v) return { v = v, get = function(self) return self.v end } end
print("method on call result", makeObj(8):get())
local selfless = { f = function(...) return select("#", ...) end }
print("colon passes one extra argument", selfless:f(), selfless.f(), selfless:f(1, 2))
