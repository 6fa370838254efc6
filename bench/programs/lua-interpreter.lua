-- An interpreter written in Lua: tokenises, parses and runs programs of a tiny language with
-- functions, recursion, while loops and if/else, by walking the syntax tree. Dispatch on node
-- kinds through tables of functions, string scanning and deep recursion.

local SOURCE = [[
fn fib(n) {
  if n < 2 { return n; }
  return fib(n - 1) + fib(n - 2);
}
fn isPrime(n) {
  if n < 2 { return 0; }
  let d = 2;
  while d * d <= n {
    if n % d == 0 { return 0; }
    d = d + 1;
  }
  return 1;
}
fn gcd(a, b) {
  while b != 0 { let t = b; b = a % b; a = t; }
  return a;
}
let primes = 0;
let i = 0;
while i < 33000 { primes = primes + isPrime(i); i = i + 1; }
emit primes;
emit fib(25);
let g = 0;
let a = 1;
while a < 400 {
  let b = 1;
  while b < 60 { g = g + gcd(a, b); b = b + 1; }
  a = a + 1;
}
emit g;
]]

-- Tokens -------------------------------------------------------------------------------

local function tokenize(src)
  local tokens = {}
  local pos = 1
  while true do
    local s, e = src:find('^%s+', pos)
    if s then pos = e + 1 end
    if pos > #src then break end
    local num = src:match('^%d+', pos)
    local word = src:match('^[%a_][%w_]*', pos)
    local op = src:match('^[<>=!]=', pos) or src:match('^[-+*/%%<>=(){},;]', pos)
    if num then
      tokens[#tokens + 1] = { kind = 'num', value = tonumber(num) }
      pos = pos + #num
    elseif word then
      tokens[#tokens + 1] = { kind = 'word', value = word }
      pos = pos + #word
    elseif op then
      tokens[#tokens + 1] = { kind = 'op', value = op }
      pos = pos + #op
    else
      error('lua-interpreter: bad character at ' .. pos)
    end
  end
  tokens[#tokens + 1] = { kind = 'eof', value = '<eof>' }
  return tokens
end

-- Parser -------------------------------------------------------------------------------

local PRECEDENCE = { ['=='] = 1, ['!='] = 1, ['<'] = 2, ['<='] = 2, ['>'] = 2, ['>='] = 2,
  ['+'] = 3, ['-'] = 3, ['*'] = 4, ['/'] = 4, ['%'] = 4 }

local function parse(tokens)
  local i = 1
  local function peek() return tokens[i] end
  local function take() i = i + 1; return tokens[i - 1] end
  local function expect(value)
    local t = take()
    if t.value ~= value then error('lua-interpreter: expected ' .. value .. ', got ' .. tostring(t.value)) end
  end
  local expression, block

  local function primary()
    local t = take()
    if t.kind == 'num' then return { 'num', t.value } end
    if t.value == '(' then
      local e = expression(0)
      expect(')')
      return e
    end
    if t.value == '-' then return { 'neg', primary() } end
    if t.kind == 'word' then
      if peek().value == '(' then
        take()
        local args = {}
        if peek().value ~= ')' then
          repeat args[#args + 1] = expression(0) until peek().value ~= ',' or not take()
        end
        expect(')')
        return { 'call', t.value, args }
      end
      return { 'var', t.value }
    end
    error('lua-interpreter: unexpected ' .. tostring(t.value))
  end

  -- Precedence climbing over the binary operators.
  function expression(minPrec)
    local left = primary()
    while true do
      local op = peek().value
      local prec = PRECEDENCE[op]
      if not prec or prec <= minPrec then return left end
      take()
      left = { 'bin', op, left, expression(prec) }
    end
  end

  local function statement()
    local t = peek()
    if t.value == 'let' then
      take()
      local name = take().value
      expect('=')
      local e = expression(0)
      expect(';')
      return { 'let', name, e }
    elseif t.value == 'while' then
      take()
      local cond = expression(0)
      return { 'while', cond, block() }
    elseif t.value == 'if' then
      take()
      local cond = expression(0)
      local yes = block()
      local no
      if peek().value == 'else' then take(); no = block() end
      return { 'if', cond, yes, no }
    elseif t.value == 'return' or t.value == 'emit' then
      take()
      local e = expression(0)
      expect(';')
      return { t.value, e }
    elseif t.value == 'fn' then
      take()
      local name = take().value
      expect('(')
      local params = {}
      while peek().value ~= ')' do
        params[#params + 1] = take().value
        if peek().value == ',' then take() end
      end
      expect(')')
      return { 'fn', name, params, block() }
    elseif t.kind == 'word' and tokens[i + 1].value == '=' then
      take()
      take()
      local e = expression(0)
      expect(';')
      return { 'set', t.value, e }
    end
    local e = expression(0)
    expect(';')
    return { 'expr', e }
  end

  function block()
    expect('{')
    local body = {}
    while peek().value ~= '}' do body[#body + 1] = statement() end
    expect('}')
    return body
  end

  local program = {}
  while peek().kind ~= 'eof' do program[#program + 1] = statement() end
  return program
end

-- Evaluator ----------------------------------------------------------------------------

-- Scopes are tables chained by __index for lookup; assignment walks up to the owning scope.
local function lookupOwner(scope, name)
  while scope do
    if rawget(scope, name) ~= nil then return scope end
    scope = rawget(scope, '__parent')
  end
  error('lua-interpreter: unknown variable ' .. name)
end

local function newScope(parent)
  return setmetatable({ __parent = parent }, { __index = parent })
end

local RETURN = {}
local functions = {}
local output = {}
local eval, exec

local BINARY = {
  ['+'] = function(a, b) return a + b end, ['-'] = function(a, b) return a - b end,
  ['*'] = function(a, b) return a * b end, ['/'] = function(a, b) return math.floor(a / b) end,
  ['%'] = function(a, b) return a % b end,
  ['<'] = function(a, b) return a < b and 1 or 0 end, ['<='] = function(a, b) return a <= b and 1 or 0 end,
  ['>'] = function(a, b) return a > b and 1 or 0 end, ['>='] = function(a, b) return a >= b and 1 or 0 end,
  ['=='] = function(a, b) return a == b and 1 or 0 end, ['!='] = function(a, b) return a ~= b and 1 or 0 end,
}

local EXPRESSIONS = {
  num = function(node) return node[2] end,
  var = function(node, scope) return scope[node[2]] end,
  neg = function(node, scope) return -eval(node[2], scope) end,
  bin = function(node, scope) return BINARY[node[2]](eval(node[3], scope), eval(node[4], scope)) end,
  call = function(node, scope)
    local f = functions[node[2]] or error('lua-interpreter: unknown function ' .. node[2])
    local callScope = newScope(nil)
    for k, param in ipairs(f.params) do callScope[param] = eval(node[3][k], scope) end
    local signal, value = exec(f.body, callScope)
    if signal == RETURN then return value end
    return 0
  end,
}

function eval(node, scope) return EXPRESSIONS[node[1]](node, scope) end

local STATEMENTS = {
  let = function(node, scope) rawset(scope, node[2], eval(node[3], scope)) end,
  set = function(node, scope) lookupOwner(scope, node[2])[node[2]] = eval(node[3], scope) end,
  expr = function(node, scope) eval(node[2], scope) end,
  emit = function(node, scope) output[#output + 1] = eval(node[2], scope) end,
  ['return'] = function(node, scope) return RETURN, eval(node[2], scope) end,
  fn = function(node) functions[node[2]] = { params = node[3], body = node[4] } end,
  ['while'] = function(node, scope)
    while eval(node[2], scope) ~= 0 do
      local signal, value = exec(node[3], newScope(scope))
      if signal then return signal, value end
    end
  end,
  ['if'] = function(node, scope)
    if eval(node[2], scope) ~= 0 then return exec(node[3], newScope(scope)) end
    if node[4] then return exec(node[4], newScope(scope)) end
  end,
}

function exec(body, scope)
  for k = 1, #body do
    local node = body[k]
    local signal, value = STATEMENTS[node[1]](node, scope)
    if signal then return signal, value end
  end
end

local program = parse(tokenize(SOURCE))
exec(program, newScope(nil))

-- The same three results computed directly in Lua.
local primes = 0
for n = 2, 32999 do
  local prime, d = true, 2
  while d * d <= n do
    if n % d == 0 then prime = false; break end
    d = d + 1
  end
  if prime then primes = primes + 1 end
end
local function gcd(a, b) while b ~= 0 do a, b = b, a % b end return a end
local g = 0
for a = 1, 399 do for b = 1, 59 do g = g + gcd(a, b) end end
if output[1] ~= primes or output[2] ~= 75025 or output[3] ~= g then
  error(string.format('lua-interpreter: got %s', table.concat(output, ' ')))
end
print(string.format('lua-interpreter: primes %d, fib %d, gcd sum %d', output[1], output[2], output[3]))
