-- Parsing and building URLs with patterns.
local function parseUrl(url)
  local u = {}
  local rest = url
  u.scheme, rest = string.match(rest, "^(%a[%w+.-]*)://(.*)$")
  if not u.scheme then return nil, "no scheme" end
  local authority
  authority, rest = string.match(rest, "^([^/?#]*)(.*)$")
  u.user, authority = string.match(authority, "^([^@]*)@(.*)$")
  if not u.user then authority = authority end
  authority = authority or string.match(url, "://([^/?#]*)")
  u.host, u.port = string.match(authority, "^([^:]*):?(%d*)$")
  if u.port == "" then u.port = nil end
  u.path = string.match(rest, "^([^?#]*)")
  u.query = string.match(rest, "%?([^#]*)")
  u.fragment = string.match(rest, "#(.*)$")
  return u
end

local function decode(s)
  return (string.gsub(string.gsub(s, "+", " "), "%%(%x%x)", function(h) return string.char(tonumber(h, 16)) end))
end
local function encode(s)
  return (string.gsub(s, "[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local urls = {
  "http://example.com",
  "https://user@host.org:8443/a/b/c.html?x=1&y=two+words#top",
  "ftp://files.example.net/pub/file%20name.txt",
  "svn+ssh://me@repo:22/trunk?rev=%41%42",
  "not a url",
}
for _, url in ipairs(urls) do
  local u, err = parseUrl(url)
  if not u then
    print(url, "->", err)
  else
    print(url)
    print("", u.scheme, u.user or "-", u.host, u.port or "-", "[" .. u.path .. "]", u.query or "-", u.fragment or "-")
    if u.query then
      local params = {}
      for k, v in string.gmatch(u.query, "([^&=]+)=([^&]*)") do params[#params + 1] = decode(k) .. "=" .. decode(v) end
      print("", "params", table.concat(params, "; "))
    end
    print("", "decoded path", decode(u.path))
  end
end
print(encode("hello world & more/stuff?"), decode(encode("a b+c%d\1")) == "a b+c%d\1")
