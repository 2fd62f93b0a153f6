-- wrk script for bench/commits.sh: each request is one player commit of realistic SCORM 2004 CMI
-- data to one of the prepared attempts, with that learner's API token and an increasing sequence.
local attempts = {}
local next_attempt = 1
local sequence = 0
local failures = 0

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
  thread:set("index", setup_count or 0)
  setup_count = (setup_count or 0) + 1
end

function init(args)
  local threads = tonumber(os.getenv("WRK_THREADS") or "2")
  local line_number = 0
  for line in io.lines(os.getenv("ATTEMPTS") or "target/bench/attempts.txt") do
    local id, token = line:match("(%d+) (%S+)")
    if line_number % threads == index then
      table.insert(attempts, { id = id, token = token })
    end
    line_number = line_number + 1
  end
  -- Start above anything a previous run stored: sequences must keep increasing per attempt.
  sequence = os.time() * 1000 + index * 100000000
end

function request()
  local attempt = attempts[next_attempt]
  next_attempt = next_attempt % #attempts + 1
  sequence = sequence + 1
  local body = '{"sco":"ITEM-partshoering","sequence":' .. sequence .. ',"terminated":false,"cmi":' .. cmi .. '}'
  return wrk.format("POST", "/api/v1/attempts/" .. attempt.id .. "/commits",
    { ["Authorization"] = "Bearer " .. attempt.token, ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
  if status ~= 200 then
    failures = failures + 1
  end
end

function done(summary, latency, requests)
  io.write(string.format("requests: %d in %.1f s = %.0f commits/s\n", summary.requests,
    summary.duration / 1e6, summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
  io.write(string.format("non-2xx: %d, socket errors: %d\n", summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
