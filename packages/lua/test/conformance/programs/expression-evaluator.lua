-- A recursive-descent parser and evaluator for arithmetic over pre-split tokens.
local function parse(tokens)
  local pos = 1
  local function peek() return tokens[pos] end
  local function take() pos = pos + 1 return tokens[pos - 1] end
  local function expect(t)
    if tokens[pos] ~= t then error("expected '" .. t .. "' at token " .. pos .. " but found '" .. tostring(tokens[pos]) .. "'", 0) end
    pos = pos + 1
  end
  local expr, power
  local function primary()
    local t = take()
    if t == "(" then
      local e = expr()
      expect(")")
      return e
    elseif t == "-" then
      -- As in Lua, unary minus binds looser than '^'.
      return { op = "neg", power() }
    elseif type(t) == "number" then
      return { op = "num", value = t }
    elseif type(t) == "string" and t ~= ")" and t ~= "+" and t ~= "*" and t ~= "/" and t ~= "^" then
      return { op = "var", name = t }
    end
    error("unexpected token '" .. tostring(t) .. "'", 0)
  end
  function power()
    local base = primary()
    if peek() == "^" then take() return { op = "^", base, power() } end
    return base
  end
  local function term()
    local left = power()
    while peek() == "*" or peek() == "/" or peek() == "%" do
      local op = take()
      left = { op = op, left, power() }
    end
    return left
  end
  function expr()
    local left = term()
    while peek() == "+" or peek() == "-" do
      local op = take()
      left = { op = op, left, term() }
    end
    return left
  end
  local tree = expr()
  if pos <= #tokens then error("trailing tokens from " .. pos, 0) end
  return tree
end

local function eval(node, env)
  local op = node.op
  if op == "num" then return node.value end
  if op == "var" then
    local v = env[node.name]
    if v == nil then error("unknown variable " .. node.name, 0) end
    return v
  end
  if op == "neg" then return -eval(node[1], env) end
  local a, b = eval(node[1], env), eval(node[2], env)
  if op == "+" then return a + b elseif op == "-" then return a - b
  elseif op == "*" then return a * b elseif op == "/" then return a / b
  elseif op == "%" then return a % b elseif op == "^" then return a ^ b end
end

local function show(node)
  if node.op == "num" then return tostring(node.value) end
  if node.op == "var" then return node.name end
  if node.op == "neg" then return "(-" .. show(node[1]) .. ")" end
  return "(" .. show(node[1]) .. " " .. node.op .. " " .. show(node[2]) .. ")"
end

local env = { x = 3, y = 4, rate = 0.5 }
local cases = {
  { 1, "+", 2, "*", 3 },
  { "(", 1, "+", 2, ")", "*", 3 },
  { 2, "^", 3, "^", 2 },
  { "-", 2, "^", 2 },
  { "x", "*", "x", "+", "y", "*", "y" },
  { 100, "/", 8, "%", 5 },
  { "rate", "*", "(", "x", "-", "y", ")" },
  { 10, "-", 4, "-", 3 },
  { "(", 1, "+", 2 },
  { 1, "+", "z" },
  { 1, 2 },
  { "*", 3 },
}
for i, tokens in ipairs(cases) do
  local ok, tree = pcall(parse, tokens)
  if ok then
    local okEval, value = pcall(eval, tree, env)
    print(i, show(tree), okEval and "=" or "error:", value)
  else
    print(i, "parse error:", tree)
  end
end
