-- Every request a different session ID, as when many recipients click the same link.
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/redirect/bench/s-" .. n .. "-" .. math.random(1000000000))
end
