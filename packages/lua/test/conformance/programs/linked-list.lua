-- A doubly linked list with insertion, removal, reversal and iteration.
local List = {}
List.__index = List
function List.new() return setmetatable({ head = nil, tail = nil, size = 0 }, List) end
function List:pushBack(v)
  local node = { value = v, prev = self.tail }
  if self.tail then self.tail.next = node else self.head = node end
  self.tail = node
  self.size = self.size + 1
  return node
end
function List:pushFront(v)
  local node = { value = v, next = self.head }
  if self.head then self.head.prev = node else self.tail = node end
  self.head = node
  self.size = self.size + 1
  return node
end
function List:remove(node)
  if node.prev then node.prev.next = node.next else self.head = node.next end
  if node.next then node.next.prev = node.prev else self.tail = node.prev end
  node.prev, node.next = nil, nil
  self.size = self.size - 1
  return node.value
end
function List:popFront() if self.head then return self:remove(self.head) end end
function List:popBack() if self.tail then return self:remove(self.tail) end end
function List:find(pred)
  local n = self.head
  while n do if pred(n.value) then return n end n = n.next end
end
function List:insertSorted(v)
  local n = self.head
  while n and n.value < v do n = n.next end
  if not n then return self:pushBack(v) end
  local node = { value = v, prev = n.prev, next = n }
  if n.prev then n.prev.next = node else self.head = node end
  n.prev = node
  self.size = self.size + 1
  return node
end
function List:reverse()
  local n = self.head
  while n do
    n.prev, n.next = n.next, n.prev
    n = n.prev
  end
  self.head, self.tail = self.tail, self.head
end
function List:values()
  local n = self.head
  return function()
    if n then local v = n.value; n = n.next; return v end
  end
end
function List:toString()
  local s = ""
  for v in self:values() do s = s .. (s == "" and "" or " <-> ") .. tostring(v) end
  return "[" .. s .. "] size=" .. self.size
end
function List:backwards()
  local s, n = "", self.tail
  while n do s = s .. tostring(n.value) .. " "; n = n.prev end
  return s
end
local l = List.new()
for i = 1, 5 do l:pushBack(i * 10) end
print(l:toString())
l:pushFront(0)
print(l:toString())
local node30 = l:find(function(v) return v == 30 end)
print("removed", l:remove(node30))
print(l:toString())
print("pop front/back", l:popFront(), l:popBack())
print(l:toString())
l:reverse()
print("reversed", l:toString())
print("backwards", l:backwards())
local sorted = List.new()
for _, v in ipairs({ 42, 7, 19, 3, 88, 19, 1, 56 }) do sorted:insertSorted(v) end
print("sorted insert", sorted:toString())
print("backwards", sorted:backwards())
while sorted.size > 0 do sorted:popFront() end
print("emptied", sorted:toString(), sorted.head, sorted.tail)
print("pop empty", sorted:popFront(), sorted:popBack())
local big = List.new()
for i = 1, 1000 do big:pushBack(i) end
local sum = 0
for v in big:values() do sum = sum + v end
print("big list sum", sum, big.size)
local evensRemoved = 0
local n = big.head
while n do
  local nxt = n.next
  if n.value % 2 == 0 then big:remove(n); evensRemoved = evensRemoved + 1 end
  n = nxt
end
print("removed evens", evensRemoved, big.size, big.head.value, big.tail.value)
