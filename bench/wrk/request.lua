-- One request shape for wrk, from the environment, and one machine-readable result line at the end.
--   BENCH_HOST   Host header (the tenant is chosen by it), e.g. acme.localhost:18089
--   BENCH_METHOD GET or POST; BENCH_BODY the form body of a POST
--   BENCH_AUTH   the Authorization header, if any
--   BENCH_PACE_MS  if set, each connection waits this many ms after an answer before its next request: a load
--                  below what the server can take, the same for every instance measured (latency at equal load)
wrk.method = os.getenv("BENCH_METHOD") or "GET"
wrk.headers["Host"] = os.getenv("BENCH_HOST")
local auth = os.getenv("BENCH_AUTH")
if auth and auth ~= "" then wrk.headers["Authorization"] = auth end
local body = os.getenv("BENCH_BODY")
if body and body ~= "" then
  wrk.body = body
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
end
local pace = tonumber(os.getenv("BENCH_PACE_MS") or "")
if pace then
  function delay() return pace end
end

-- Latencies are in microseconds. errors = answers other than 2xx/3xx, plus connect, read, write and timeout errors.
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d non2xx=%d socket_errors=%d\n",
      summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), e.status,
      e.connect + e.read + e.write + e.timeout))
end
