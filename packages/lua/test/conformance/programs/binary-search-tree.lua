-- An unbalanced binary search tree: insert, search, delete, traversals and height.
local function insert(node, key, value)
  if not node then return { key = key, value = value } end
  if key < node.key then node.left = insert(node.left, key, value)
  elseif key > node.key then node.right = insert(node.right, key, value)
  else node.value = value end
  return node
end
local function find(node, key)
  while node do
    if key == node.key then return node.value end
    node = key < node.key and node.left or node.right
  end
end
local function minNode(node) while node.left do node = node.left end return node end
local function delete(node, key)
  if not node then return nil end
  if key < node.key then node.left = delete(node.left, key)
  elseif key > node.key then node.right = delete(node.right, key)
  else
    if not node.left then return node.right end
    if not node.right then return node.left end
    local m = minNode(node.right)
    node.key, node.value = m.key, m.value
    node.right = delete(node.right, m.key)
  end
  return node
end
local function inorder(node, out)
  out = out or {}
  if node then
    inorder(node.left, out)
    out[#out + 1] = node.key
    inorder(node.right, out)
  end
  return out
end
local function preorder(node, out)
  out = out or {}
  if node then
    out[#out + 1] = node.key
    preorder(node.left, out)
    preorder(node.right, out)
  end
  return out
end
local function height(node)
  if not node then return 0 end
  local l, r = height(node.left), height(node.right)
  return 1 + (l > r and l or r)
end
local function size(node) if not node then return 0 end return 1 + size(node.left) + size(node.right) end
local function list(t) local s = "" for i = 1, #t do s = s .. t[i] .. " " end return s end
local root
for _, k in ipairs({ 50, 30, 70, 20, 40, 60, 80, 35, 45, 65 }) do root = insert(root, k, "v" .. k) end
print("inorder", list(inorder(root)))
print("preorder", list(preorder(root)))
print("height", height(root), "size", size(root))
print("find", find(root, 45), find(root, 65), find(root, 99))
root = insert(root, 45, "updated")
print("update", find(root, 45), size(root))
root = delete(root, 20)
print("delete leaf", list(inorder(root)))
root = delete(root, 30)
print("delete inner", list(inorder(root)), "preorder", list(preorder(root)))
root = delete(root, 50)
print("delete root", list(inorder(root)), "new root", root.key)
root = delete(root, 999)
print("delete missing", size(root))
local words
for _, w in ipairs({ "mango", "apple", "pear", "kiwi", "banana", "cherry", "zucchini", "fig" }) do
  words = insert(words, w, #w)
end
print("words", list(inorder(words)), "height", height(words))
local chain
for i = 1, 200 do chain = insert(chain, i, i) end
print("degenerate height", height(chain), find(chain, 200))
local seed, balancedish = 42, nil
for _ = 1, 500 do
  seed = (seed * 7919 + 17) % 10007
  balancedish = insert(balancedish, seed, true)
end
local keys = inorder(balancedish)
local ordered = true
for i = 2, #keys do if keys[i - 1] >= keys[i] then ordered = false end end
print("pseudo-random tree", #keys, ordered, height(balancedish) < 40)
