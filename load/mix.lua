-- wrk script: each request is the next body of the manifest (round robin per thread, each body as often as its weight),
-- and every answer's status is counted by class. The summary prints the 5xx count (must be 0) and the 2xx/4xx split next to the expected one.
local dir = os.getenv("BODIES")
local bodies = {}
local expected = { [200] = 0, [400] = 0 }

for line in io.lines(dir .. "/manifest.txt") do
  local path, file, status, weight = line:match("^(%S+) (%S+) (%d+) (%d+)$")
  local f = assert(io.open(dir .. "/" .. file, "rb"))
  local body = f:read("*a")
  f:close()
  for _ = 1, tonumber(weight) do
    bodies[#bodies + 1] = { path = path, body = body }
    expected[tonumber(status)] = expected[tonumber(status)] + 1
  end
end

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

-- The requests are formatted in init, per thread: only then does wrk know the Host header.
function init(args)
  requests = {}
  for i, item in ipairs(bodies) do
    requests[i] = wrk.format("POST", item.path, { ["Content-Type"] = "application/json" }, item.body)
  end
  index = id % #requests
  ok, client, server, other = 0, 0, 0, 0
end

function request()
  index = index % #requests + 1
  return requests[index]
end

function response(status, headers, body)
  if status >= 500 then server = server + 1
  elseif status >= 400 then client = client + 1
  elseif status >= 200 and status < 300 then ok = ok + 1
  else other = other + 1 end
end

function done(summary, latency, requests_)
  local totals = { ok = 0, client = 0, server = 0, other = 0 }
  for _, thread in ipairs(threads) do
    for key, _ in pairs(totals) do totals[key] = totals[key] + thread:get(key) end
  end
  local errors = summary.errors
  io.write(string.format("RESULT requests=%d duration_s=%.1f rps=%.0f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f "
    .. "status_2xx=%d status_4xx=%d status_5xx=%d status_other=%d expected_2xx_share=%.3f "
    .. "socket_connect=%d socket_read=%d socket_write=%d socket_timeout=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    totals.ok, totals.client, totals.server, totals.other, expected[200] / (expected[200] + expected[400]),
    errors.connect, errors.read, errors.write, errors.timeout))
end
