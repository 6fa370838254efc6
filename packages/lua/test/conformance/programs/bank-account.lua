-- A bank simulation: accounts, transfers with validation errors, a ledger, and monthly interest.
local Account = {}
Account.__index = Account
local nextId = 100
function Account.open(owner, initial)
  nextId = nextId + 1
  return setmetatable({ id = nextId, owner = owner, balance = initial or 0, history = {} }, Account)
end
function Account:record(kind, amount)
  self.history[#self.history + 1] = kind .. ":" .. amount
end
function Account:deposit(amount)
  if type(amount) ~= "number" or amount <= 0 then
    error({ code = "INVALID_AMOUNT", detail = tostring(amount) })
  end
  self.balance = self.balance + amount
  self:record("deposit", amount)
end
function Account:withdraw(amount)
  if type(amount) ~= "number" or amount <= 0 then
    error({ code = "INVALID_AMOUNT", detail = tostring(amount) })
  end
  if amount > self.balance then
    error({ code = "INSUFFICIENT_FUNDS", detail = self.owner .. " has " .. self.balance })
  end
  self.balance = self.balance - amount
  self:record("withdraw", amount)
end
local Bank = { accounts = {}, ledger = {} }
function Bank.add(acc) Bank.accounts[#Bank.accounts + 1] = acc return acc end
function Bank.transfer(from, to, amount)
  local ok, err = pcall(function()
    from:withdraw(amount)
    to:deposit(amount)
  end)
  local entry = from.owner .. " -> " .. to.owner .. " " .. tostring(amount)
  if ok then
    Bank.ledger[#Bank.ledger + 1] = "OK   " .. entry
  else
    Bank.ledger[#Bank.ledger + 1] = "FAIL " .. entry .. " (" .. err.code .. ": " .. err.detail .. ")"
  end
  return ok
end
function Bank.total()
  local t = 0
  for _, a in ipairs(Bank.accounts) do t = t + a.balance end
  return t
end
local alice = Bank.add(Account.open("alice", 500))
local bob = Bank.add(Account.open("bob", 100))
local carol = Bank.add(Account.open("carol"))
print("opened", alice.id, bob.id, carol.id, "total", Bank.total())
Bank.transfer(alice, bob, 200)
Bank.transfer(bob, carol, 350)
Bank.transfer(bob, carol, 300)
Bank.transfer(carol, alice, -5)
Bank.transfer(carol, alice, "ten")
Bank.transfer(carol, alice, 50)
for i, line in ipairs(Bank.ledger) do print(i, line) end
for _, a in ipairs(Bank.accounts) do print(a.owner, a.balance, #a.history) end
print("total preserved", Bank.total())
local function applyInterest(rate, months)
  for _ = 1, months do
    for _, a in ipairs(Bank.accounts) do
      local interest = a.balance * rate
      interest = interest - interest % 0.01
      if interest > 0 then a:deposit(interest) end
    end
  end
end
applyInterest(0.01, 12)
for _, a in ipairs(Bank.accounts) do print("after interest", a.owner, a.balance) end
local okDirect, errDirect = pcall(alice.withdraw, alice, 1e9)
print("direct overdraft", okDirect, errDirect.code, errDirect.detail)
local hist = ""
for i = 1, 4 do hist = hist .. tostring(bob.history[i]) .. " " end
print("bob history", hist)
