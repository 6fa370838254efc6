-- Richards: the classic operating-system scheduler simulation. Six tasks (idle, worker, two
-- handlers, two devices) pass packets through priority queues; method calls on small objects,
-- linked lists and state flags.

local RUNS = 46
local IDLE_COUNT = 10000

local ID_IDLE, ID_WORKER, ID_HANDLER_A, ID_HANDLER_B, ID_DEVICE_A, ID_DEVICE_B = 1, 2, 3, 4, 5, 6
local KIND_DEVICE, KIND_WORK = 0, 1
local DATA_SIZE = 4

-- Bitwise helpers by arithmetic, so the program needs neither a bit library nor 5.3 operators.
local function shiftRight1(v) return (v - v % 2) / 2 end
local function xor16(a, b)
  local r, bit = 0, 1
  for _ = 1, 16 do
    if a % 2 ~= b % 2 then r = r + bit end
    a = (a - a % 2) / 2
    b = (b - b % 2) / 2
    bit = bit * 2
  end
  return r
end

local Packet = {}
Packet.__index = Packet

function Packet.new(link, id, kind)
  local data = {}
  for i = 1, DATA_SIZE do data[i] = 0 end
  return setmetatable({ link = link, id = id, kind = kind, a1 = 0, a2 = data }, Packet)
end

-- Appends this packet to the end of `queue` and returns the new head.
function Packet:appendTo(queue)
  self.link = nil
  if queue == nil then return self end
  local last = queue
  while last.link ~= nil do last = last.link end
  last.link = self
  return queue
end

-- Task states are three independent flags; "suspended runnable" means waiting with a packet.
local Tcb = {}
Tcb.__index = Tcb

function Tcb.new(scheduler, link, id, priority, queue, task)
  return setmetatable({
    scheduler = scheduler, link = link, id = id, priority = priority, queue = queue, task = task,
    packetPending = queue ~= nil, waiting = true, held = false,
  }, Tcb)
end

function Tcb:isHeldOrSuspended()
  return self.held or (not self.packetPending and self.waiting)
end

function Tcb:run()
  local packet
  if self.packetPending and self.waiting and not self.held then
    packet = self.queue
    self.queue = packet.link
    self.packetPending = self.queue ~= nil
    self.waiting = false
  end
  return self.task:run(self.scheduler, packet)
end

function Tcb:addPacket(packet, current)
  if self.queue == nil then
    self.queue = packet
    self.packetPending = true
    if self.priority > current.priority then return self end
  else
    self.queue = packet:appendTo(self.queue)
  end
  return current
end

local Scheduler = {}
Scheduler.__index = Scheduler

function Scheduler.new()
  return setmetatable({ queueCount = 0, holdCount = 0, tasks = {}, list = nil, current = nil, currentId = 0 }, Scheduler)
end

function Scheduler:addTask(id, priority, queue, task)
  local tcb = Tcb.new(self, self.list, id, priority, queue, task)
  self.list = tcb
  self.tasks[id] = tcb
  return tcb
end

function Scheduler:schedule()
  local tcb = self.list
  while tcb ~= nil do
    if tcb:isHeldOrSuspended() then
      tcb = tcb.link
    else
      self.current = tcb
      self.currentId = tcb.id
      tcb = tcb:run()
    end
  end
end

function Scheduler:release(id)
  local tcb = self.tasks[id]
  tcb.held = false
  if tcb.priority > self.current.priority then return tcb end
  return self.current
end

function Scheduler:holdCurrent()
  self.holdCount = self.holdCount + 1
  self.current.held = true
  return self.current.link
end

function Scheduler:suspendCurrent()
  self.current.waiting = true
  return self.current
end

function Scheduler:send(packet)
  local target = self.tasks[packet.id]
  self.queueCount = self.queueCount + 1
  packet.link = nil
  packet.id = self.currentId
  return target:addPacket(packet, self.current)
end

local IdleTask = {}
IdleTask.__index = IdleTask
function IdleTask:run(s)
  self.count = self.count - 1
  if self.count == 0 then return s:holdCurrent() end
  if self.seed % 2 == 0 then
    self.seed = shiftRight1(self.seed)
    return s:release(ID_DEVICE_A)
  end
  self.seed = xor16(shiftRight1(self.seed), 0xD008)
  return s:release(ID_DEVICE_B)
end

local WorkerTask = {}
WorkerTask.__index = WorkerTask
function WorkerTask:run(s, packet)
  if packet == nil then return s:suspendCurrent() end
  self.destination = self.destination == ID_HANDLER_A and ID_HANDLER_B or ID_HANDLER_A
  packet.id = self.destination
  packet.a1 = 0
  for i = 1, DATA_SIZE do
    self.letter = self.letter + 1
    if self.letter > 26 then self.letter = 1 end
    packet.a2[i] = self.letter
  end
  return s:send(packet)
end

local HandlerTask = {}
HandlerTask.__index = HandlerTask
function HandlerTask:run(s, packet)
  if packet ~= nil then
    if packet.kind == KIND_WORK then self.work = packet:appendTo(self.work)
    else self.devices = packet:appendTo(self.devices) end
  end
  local work = self.work
  if work ~= nil then
    local index = work.a1
    if index < DATA_SIZE then
      local device = self.devices
      if device ~= nil then
        self.devices = device.link
        device.a1 = work.a2[index + 1]
        work.a1 = index + 1
        return s:send(device)
      end
    else
      self.work = work.link
      return s:send(work)
    end
  end
  return s:suspendCurrent()
end

local DeviceTask = {}
DeviceTask.__index = DeviceTask
function DeviceTask:run(s, packet)
  if packet == nil then
    local pending = self.pending
    if pending == nil then return s:suspendCurrent() end
    self.pending = nil
    return s:send(pending)
  end
  self.pending = packet
  return s:holdCurrent()
end

local function runOnce()
  local s = Scheduler.new()
  local idle = s:addTask(ID_IDLE, 0, nil, setmetatable({ seed = 1, count = IDLE_COUNT }, IdleTask))
  idle.waiting = false -- the idle task starts out running

  local queue = Packet.new(nil, ID_WORKER, KIND_WORK)
  queue = Packet.new(queue, ID_WORKER, KIND_WORK)
  s:addTask(ID_WORKER, 1000, queue, setmetatable({ destination = ID_HANDLER_A, letter = 0 }, WorkerTask))

  for _, ids in ipairs({ { ID_HANDLER_A, ID_DEVICE_A, 2000 }, { ID_HANDLER_B, ID_DEVICE_B, 3000 } }) do
    queue = Packet.new(nil, ids[2], KIND_DEVICE)
    queue = Packet.new(queue, ids[2], KIND_DEVICE)
    queue = Packet.new(queue, ids[2], KIND_DEVICE)
    s:addTask(ids[1], ids[3], queue, setmetatable({}, HandlerTask))
  end
  s:addTask(ID_DEVICE_A, 4000, nil, setmetatable({}, DeviceTask))
  s:addTask(ID_DEVICE_B, 5000, nil, setmetatable({}, DeviceTask))

  s:schedule()
  return s.queueCount, s.holdCount
end

local queued, held
for _ = 1, RUNS do
  queued, held = runOnce()
  -- The published counts for an idle count of 10000.
  if queued ~= 23246 or held ~= 9297 then
    error(string.format('richards: queue count %d, hold count %d', queued, held))
  end
end
print(string.format('richards(%d runs): queue count %d, hold count %d', RUNS, queued, held))
