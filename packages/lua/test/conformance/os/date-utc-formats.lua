-- Every strftime conversion of the C locale, for fixed moments in UTC ("!").
local moments = {0, 1, 86399, 951782400, 1000000000, 1234567890, 4102444800, -1, -86400 * 365}
local formats = {
  "%a %A %b %B %h", "%c", "%C %y %Y", "%d %e %j", "%D %x", "%F", "%H %I %k %l %p %P",
  "%M %S", "%r %R %T %X", "%u %w", "%U %W %V %G %g", "%z %Z", "%s", "[%n][%t][%%]",
}
for _, t in ipairs(moments) do
  print("time", t)
  for _, f in ipairs(formats) do print("", f, os.date("!" .. f, t)) end
end
