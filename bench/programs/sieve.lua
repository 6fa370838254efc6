-- Sieve of Eratosthenes: marks composites in a large boolean array, several times over; the
-- simplest array-store loop there is.

local LIMIT = 1000000
local REPEATS = 21
-- pi(10^k), the number of primes up to 10^k.
local PRIME_COUNTS = { [10000] = 1229, [100000] = 9592, [1000000] = 78498 }

local function sieve(limit)
  local composite = {}
  for i = 1, limit do composite[i] = false end
  local count = 0
  -- Only primes up to the square root strike anything; testing first also keeps i * i from
  -- overflowing on Luas with 32-bit integers.
  local root = math.floor(math.sqrt(limit))
  for i = 2, limit do
    if not composite[i] then
      count = count + 1
      if i <= root then
        for j = i * i, limit, i do composite[j] = true end
      end
    end
  end
  return count
end

local count
for _ = 1, REPEATS do
  count = sieve(LIMIT)
  if count ~= PRIME_COUNTS[LIMIT] then error(string.format('sieve(%d): %d primes', LIMIT, count)) end
end
print(string.format('sieve(%d): %d primes', LIMIT, count))
