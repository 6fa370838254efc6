-- DeltaBlue: an incremental one-way dataflow constraint solver, run on a long chain of
-- equalities and on a projection of scaled variables. Class hierarchies built from metatables
-- with two-level __index chains, polymorphic method calls and small ordered collections.

local RUNS = 410
local SIZE = 100

-- Strengths: a smaller number is stronger.
local REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = 0, 1, 2, 3, 4, 5, 6
local function stronger(a, b) return a < b end
local function weaker(a, b) return a > b end
local function weakest(a, b) if weaker(a, b) then return a end return b end

local NONE, FORWARD, BACKWARD = 0, 1, 2

local function class(parent)
  local c = {}
  c.__index = c
  if parent then setmetatable(c, parent) end
  return c
end

local function removeValue(list, value)
  local j = 1
  for i = 1, #list do
    local item = list[i]
    if item ~= value then
      list[j] = item
      j = j + 1
    end
  end
  for i = #list, j, -1 do list[i] = nil end
end

-- A FIFO queue over an array: items are taken from `head`, which moves forward.
local Queue = class()
function Queue.new() return setmetatable({ head = 1, tail = 0 }, Queue) end
function Queue:push(x) self.tail = self.tail + 1; self[self.tail] = x end
function Queue:isEmpty() return self.head > self.tail end
function Queue:pop()
  local x = self[self.head]
  self[self.head] = nil
  self.head = self.head + 1
  return x
end

local Variable = class()
function Variable.new(value)
  return setmetatable({ value = value, constraints = {}, determinedBy = nil, mark = 0, walkStrength = WEAKEST, stay = true }, Variable)
end
function Variable:addConstraint(c) self.constraints[#self.constraints + 1] = c end
function Variable:removeConstraint(c)
  removeValue(self.constraints, c)
  if self.determinedBy == c then self.determinedBy = nil end
end

local planner -- the planner of the test being run; constraints register with it

local Constraint = class()
function Constraint:register()
  self:addToGraph()
  planner:incrementalAdd(self)
end
function Constraint:destroy()
  if self:isSatisfied() then planner:incrementalRemove(self) end
  self:removeFromGraph()
end
function Constraint:isInput() return false end
function Constraint:satisfy(mark)
  self:chooseMethod(mark)
  if not self:isSatisfied() then
    if self.strength == REQUIRED then error('could not satisfy a required constraint') end
    return nil
  end
  self:markInputs(mark)
  local out = self:output()
  local overridden = out.determinedBy
  if overridden then overridden:markUnsatisfied() end
  out.determinedBy = self
  if not planner:addPropagate(self, mark) then error('cycle encountered') end
  out.mark = mark
  return overridden
end

local UnaryConstraint = class(Constraint)
function UnaryConstraint.init(self, v, strength)
  self.strength = strength
  self.out = v
  self.satisfied = false
  self:register()
  return self
end
function UnaryConstraint:addToGraph()
  self.out:addConstraint(self)
  self.satisfied = false
end
function UnaryConstraint:removeFromGraph()
  self.out:removeConstraint(self)
  self.satisfied = false
end
function UnaryConstraint:chooseMethod(mark)
  self.satisfied = self.out.mark ~= mark and stronger(self.strength, self.out.walkStrength)
end
function UnaryConstraint:isSatisfied() return self.satisfied end
function UnaryConstraint:markInputs() end
function UnaryConstraint:output() return self.out end
function UnaryConstraint:markUnsatisfied() self.satisfied = false end
function UnaryConstraint:inputsKnown() return true end
function UnaryConstraint:recalculate()
  self.out.walkStrength = self.strength
  self.out.stay = not self:isInput()
  if self.out.stay then self:execute() end
end
function UnaryConstraint:execute() end

local StayConstraint = class(UnaryConstraint)
function StayConstraint.new(v, strength) return UnaryConstraint.init(setmetatable({}, StayConstraint), v, strength) end

local EditConstraint = class(UnaryConstraint)
function EditConstraint.new(v, strength) return UnaryConstraint.init(setmetatable({}, EditConstraint), v, strength) end
function EditConstraint:isInput() return true end

local BinaryConstraint = class(Constraint)
function BinaryConstraint.init(self, a, b, strength)
  self.strength = strength
  self.v1 = a
  self.v2 = b
  self.direction = NONE
  self:register()
  return self
end
function BinaryConstraint:chooseMethod(mark)
  local v1, v2, s = self.v1, self.v2, self.strength
  if v1.mark == mark then
    self.direction = (v2.mark ~= mark and stronger(s, v2.walkStrength)) and FORWARD or NONE
  elseif v2.mark == mark then
    self.direction = (v1.mark ~= mark and stronger(s, v1.walkStrength)) and BACKWARD or NONE
  elseif weaker(v1.walkStrength, v2.walkStrength) then
    self.direction = stronger(s, v1.walkStrength) and BACKWARD or NONE
  else
    self.direction = stronger(s, v2.walkStrength) and FORWARD or BACKWARD
  end
end
function BinaryConstraint:addToGraph()
  self.v1:addConstraint(self)
  self.v2:addConstraint(self)
  self.direction = NONE
end
function BinaryConstraint:removeFromGraph()
  self.v1:removeConstraint(self)
  self.v2:removeConstraint(self)
  self.direction = NONE
end
function BinaryConstraint:isSatisfied() return self.direction ~= NONE end
function BinaryConstraint:markInputs(mark) self:input().mark = mark end
function BinaryConstraint:input() if self.direction == FORWARD then return self.v1 end return self.v2 end
function BinaryConstraint:output() if self.direction == FORWARD then return self.v2 end return self.v1 end
function BinaryConstraint:markUnsatisfied() self.direction = NONE end
function BinaryConstraint:inputsKnown(mark)
  local i = self:input()
  return i.mark == mark or i.stay or i.determinedBy == nil
end
function BinaryConstraint:recalculate()
  local ihn, out = self:input(), self:output()
  out.walkStrength = weakest(self.strength, ihn.walkStrength)
  out.stay = ihn.stay
  if out.stay then self:execute() end
end

local EqualityConstraint = class(BinaryConstraint)
function EqualityConstraint.new(a, b, strength) return BinaryConstraint.init(setmetatable({}, EqualityConstraint), a, b, strength) end
function EqualityConstraint:execute() self:output().value = self:input().value end

-- dest = src * scale + offset, in whichever direction the planner chose.
local ScaleConstraint = class(BinaryConstraint)
function ScaleConstraint.new(src, scale, offset, dest, strength)
  local self = setmetatable({ scale = scale, offset = offset }, ScaleConstraint)
  return BinaryConstraint.init(self, src, dest, strength)
end
function ScaleConstraint:addToGraph()
  BinaryConstraint.addToGraph(self)
  self.scale:addConstraint(self)
  self.offset:addConstraint(self)
end
function ScaleConstraint:removeFromGraph()
  BinaryConstraint.removeFromGraph(self)
  self.scale:removeConstraint(self)
  self.offset:removeConstraint(self)
end
function ScaleConstraint:markInputs(mark)
  BinaryConstraint.markInputs(self, mark)
  self.scale.mark = mark
  self.offset.mark = mark
end
function ScaleConstraint:execute()
  if self.direction == FORWARD then
    self.v2.value = self.v1.value * self.scale.value + self.offset.value
  else
    self.v1.value = (self.v2.value - self.offset.value) / self.scale.value
  end
end
function ScaleConstraint:recalculate()
  local ihn, out = self:input(), self:output()
  out.walkStrength = weakest(self.strength, ihn.walkStrength)
  out.stay = ihn.stay and self.scale.stay and self.offset.stay
  if out.stay then self:execute() end
end

local Planner = class()
function Planner.new() return setmetatable({ currentMark = 0 }, Planner) end
function Planner:newMark()
  self.currentMark = self.currentMark + 1
  return self.currentMark
end
function Planner:incrementalAdd(c)
  local mark = self:newMark()
  local overridden = c:satisfy(mark)
  while overridden do overridden = overridden:satisfy(mark) end
end
function Planner:incrementalRemove(c)
  local out = c:output()
  c:markUnsatisfied()
  c:removeFromGraph()
  local unsatisfied = self:removePropagateFrom(out)
  for strength = REQUIRED, WEAKEST - 1 do
    for _, u in ipairs(unsatisfied) do
      if u.strength == strength then self:incrementalAdd(u) end
    end
  end
end
function Planner:addConstraintsConsumingTo(v, queue)
  local determining = v.determinedBy
  for _, c in ipairs(v.constraints) do
    if c ~= determining and c:isSatisfied() then queue:push(c) end
  end
end
function Planner:addPropagate(c, mark)
  local todo = Queue.new()
  todo:push(c)
  while not todo:isEmpty() do
    local d = todo:pop()
    if d:output().mark == mark then
      self:incrementalRemove(c)
      return false
    end
    d:recalculate()
    self:addConstraintsConsumingTo(d:output(), todo)
  end
  return true
end
function Planner:removePropagateFrom(out)
  out.determinedBy = nil
  out.walkStrength = WEAKEST
  out.stay = true
  local unsatisfied = {}
  local todo = Queue.new()
  todo:push(out)
  while not todo:isEmpty() do
    local v = todo:pop()
    for _, c in ipairs(v.constraints) do
      if not c:isSatisfied() then unsatisfied[#unsatisfied + 1] = c end
    end
    local determining = v.determinedBy
    for _, c in ipairs(v.constraints) do
      if c ~= determining and c:isSatisfied() then
        c:recalculate()
        todo:push(c:output())
      end
    end
  end
  return unsatisfied
end
function Planner:makePlan(sources)
  local mark = self:newMark()
  local plan = {}
  local todo = Queue.new()
  for _, c in ipairs(sources) do todo:push(c) end
  while not todo:isEmpty() do
    local c = todo:pop()
    local out = c:output()
    if out.mark ~= mark and c:inputsKnown(mark) then
      plan[#plan + 1] = c
      out.mark = mark
      self:addConstraintsConsumingTo(out, todo)
    end
  end
  return plan
end
function Planner:extractPlan(constraints)
  local sources = {}
  for _, c in ipairs(constraints) do
    if c:isInput() and c:isSatisfied() then sources[#sources + 1] = c end
  end
  return self:makePlan(sources)
end

local function executePlan(plan)
  for i = 1, #plan do plan[i]:execute() end
end

local checks = 0
local function expect(got, want, what)
  if got ~= want then error(string.format('deltablue %s: got %s, want %s', what, tostring(got), tostring(want))) end
  checks = checks + 1
end

local function chainTest(n)
  planner = Planner.new()
  local vars = {}
  for i = 0, n do vars[i] = Variable.new(0) end
  for i = 0, n - 1 do EqualityConstraint.new(vars[i], vars[i + 1], REQUIRED) end
  StayConstraint.new(vars[n], STRONG_DEFAULT)
  local edit = EditConstraint.new(vars[0], PREFERRED)
  local plan = planner:extractPlan({ edit })
  for i = 1, 100 do
    vars[0].value = i
    executePlan(plan)
    expect(vars[n].value, i, 'chain')
  end
end

local function change(v, value)
  local edit = EditConstraint.new(v, PREFERRED)
  local plan = planner:extractPlan({ edit })
  for _ = 1, 10 do
    v.value = value
    executePlan(plan)
  end
  edit:destroy()
end

local function projectionTest(n)
  planner = Planner.new()
  local scale, offset = Variable.new(10), Variable.new(1000)
  local src, dst
  local dests = {}
  for i = 0, n - 1 do
    src = Variable.new(i)
    dst = Variable.new(i)
    dests[i] = dst
    StayConstraint.new(src, NORMAL)
    ScaleConstraint.new(src, scale, offset, dst, REQUIRED)
  end
  change(src, 17)
  expect(dst.value, 1170, 'projection forward')
  change(dst, 1050)
  expect(src.value, 5, 'projection backward')
  change(scale, 5)
  for i = 0, n - 2 do expect(dests[i].value, i * 5 + 1000, 'projection scale') end
  change(offset, 2000)
  for i = 0, n - 2 do expect(dests[i].value, i * 5 + 2000, 'projection offset') end
end

for _ = 1, RUNS do
  chainTest(SIZE)
  projectionTest(SIZE)
end
print(string.format('deltablue(%d runs of size %d): %d checks passed', RUNS, SIZE, checks))
