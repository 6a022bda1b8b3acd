-- wrk script: POSTs the JSON request body of the file named by the environment variable BODY, and counts
-- responses that carry GraphQL errors (wrk's own error count only sees sockets and non-2xx/3xx statuses).
local file = assert(io.open(os.getenv("BODY"), "r"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"

local threads = {}
function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    graphql_errors = 0
end

function response(status, headers, body)
    if status ~= 200 or string.find(body, '"errors"', 1, true) then
        graphql_errors = graphql_errors + 1
    end
end

function done(summary, latency, requests)
    local errors = 0
    for _, thread in ipairs(threads) do
        errors = errors + thread:get("graphql_errors")
    end
    errors = errors + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
    io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.1f p99_ms=%.1f errors=%d\n",
        summary.requests, summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors))
end
