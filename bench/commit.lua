-- wrk script for bench/commits.sh: each request is one launcher commit of realistic SCORM 2004 CMI
-- data to one of the prepared attempts, as the launcher sends it: a POST of the JSON as text/plain
-- to the attempt's commit address (its token is the credential; no cookie), with an increasing
-- sequence. The address may be on another origin than the page that opened it (Origin is sent as
-- the browser would).
local channels = {}
local next_channel = 1
local sequence = 0
local stale = 0
local failures = 0
local threads = {}

local cmi = [[{"completion_status":"incomplete","success_status":"unknown","progress_measure":"0.5",
"location":"side-4","exit":"suspend","session_time":"PT4M12S",
"score":{"raw":"60","min":"0","max":"100","scaled":"0.6"},
"suspend_data":"]] .. string.rep("p4;a:q1=b,q2=a|c;q3=svaret;", 40) .. [[",
"interactions":{"childArray":[
 {"id":"q1","type":"choice","learner_response":"b","result":"correct","timestamp":"2026-11-22T10:00:00"},
 {"id":"q2","type":"choice","learner_response":"a","result":"incorrect","timestamp":"2026-11-22T10:01:00"},
 {"id":"q3","type":"fill-in","learner_response":"svaret","result":"correct","timestamp":"2026-11-22T10:02:00"}]},
"objectives":{"childArray":[{"id":"partshoering-bestaaet","success_status":"unknown"}]}}]]

function setup(thread)
  table.insert(threads, thread)
  thread:set("index", setup_count or 0)
  setup_count = (setup_count or 0) + 1
end

function init(args)
  local threads = tonumber(os.getenv("WRK_THREADS") or "2")
  local line_number = 0
  for line in io.lines(os.getenv("CHANNELS") or "target/bench/channels.txt") do
    -- The path of the address; wrk connects to its origin.
    local path = line:gsub("^https?://[^/]+", "")
    if line_number % threads == index then
      table.insert(channels, path)
    end
    line_number = line_number + 1
  end
  -- Start above anything a previous run stored: sequences must keep increasing per attempt. A
  -- thread numbers its commits from the clock's seconds times 10,000, so a run may follow another
  -- at once as long as a thread sent fewer than 10,000 commits a second (times 1,000 counted on
  -- 1,000 a second, which the server now exceeds: the next run's first commits were refused, 409).
  -- Not more: Lua writes a number of more than 14 digits in exponent notation. The threads'
  -- learners are disjoint; the offset per thread only keeps their numbers apart.
  sequence = os.time() * 10000 + index * 100000000
end

function request()
  local path = channels[next_channel]
  next_channel = next_channel % #channels + 1
  sequence = sequence + 1
  local body = '{"sco":"ITEM-partshoering","sequence":' .. sequence .. ',"terminated":false,"cmi":' .. cmi .. '}'
  return wrk.format("POST", path,
    { ["Content-Type"] = "text/plain;charset=UTF-8", ["Origin"] = os.getenv("ORIGIN") }, body)
end

-- 409 is the server refusing a commit that overtook a newer one for the same attempt (two of the
-- connections can carry commits of one learner at once): by design, not a failure.
function response(status, headers, body)
  if status == 409 then
    stale = stale + 1
  elseif status ~= 200 then
    failures = failures + 1
  end
  wrk.thread:set("stale", stale)
  wrk.thread:set("failures", failures)
end

function done(summary, latency, requests)
  io.write(string.format("requests: %d in %.1f s = %.0f commits/s\n", summary.requests,
    summary.duration / 1e6, summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
  local stale_total, failure_total = 0, 0
  for _, thread in ipairs(threads) do
    stale_total = stale_total + (thread:get("stale") or 0)
    failure_total = failure_total + (thread:get("failures") or 0)
  end
  io.write(string.format("refused as out of order (409): %d, other errors: %d\n", stale_total,
    failure_total))
  io.write(string.format("accepted: %.0f commits/s\n",
    (summary.requests - stale_total - failure_total) / (summary.duration / 1e6)))
  io.write(string.format("non-2xx: %d, socket errors: %d\n", summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
