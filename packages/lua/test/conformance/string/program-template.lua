-- A template engine: variables, filters and loops expanded with gsub and gmatch.
local filters = {
  upper = string.upper,
  lower = string.lower,
  len = function(s) return tostring(#s) end,
  rev = string.reverse,
  trim = function(s) return (string.gsub(s, "^%s*(.-)%s*$", "%1")) end,
}

local function render(tpl, vars)
  -- loops: {% for x in list %}...{% end %}
  tpl = string.gsub(tpl, "{%%%s*for%s+(%w+)%s+in%s+(%w+)%s*%%}(.-){%%%s*end%s*%%}", function(var, list, body)
    local parts = {}
    for i, item in ipairs(vars[list] or {}) do
      local scope = setmetatable({[var] = item, index = tostring(i)}, {__index = vars})
      parts[#parts + 1] = string.gsub(body, "{{%s*(%w+)%s*}}", scope)
    end
    return table.concat(parts)
  end)
  -- variables with optional filters: {{ name | upper | rev }}
  return (string.gsub(tpl, "{{%s*(%w+)%s*(.-)}}", function(name, rest)
    local value = vars[name]
    if value == nil then return "{{?" .. name .. "}}" end
    value = tostring(value)
    for f in string.gmatch(rest, "|%s*(%w+)") do
      local fn = filters[f]
      if fn then value = fn(value) end
    end
    return value
  end))
end

local vars = {name = "World", greeting = "  Hello  ", count = 3, items = {"a", "b", "c"}}
print(render("{{greeting|trim}}, {{ name | upper }}!", vars))
print(render("{{name|rev|lower}} has {{name|len}} letters", vars))
print(render("count={{count}} missing={{nothing}}", vars))
print(render("list:{% for it in items %} [{{index}}:{{it}}]{% end %}.", vars))
print(render("{% for it in none %}x{% end %}empty loop", vars))
print(render("nested braces {{{name}}}", vars))
print(render("percent %d %s {{name}}", vars))
