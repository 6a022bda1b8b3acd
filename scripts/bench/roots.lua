-- wrk script: POSTs the JSON request bodies of the file named by the environment variable BODIES (one per line),
-- each connection going through them from its own starting point, so that consecutive requests ask for different
-- ids, countries, words and cursors; counts responses that carry GraphQL errors, like post.lua.
local bodies = {}
for line in io.lines(os.getenv("BODIES")) do
    table.insert(bodies, line)
end
assert(#bodies > 0, "no request bodies in " .. os.getenv("BODIES"))
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"

local threads = {}
local thread_count = 0
function setup(thread)
    thread_count = thread_count + 1
    thread:set("offset", thread_count * 7919)
    table.insert(threads, thread)
end

function init(args)
    graphql_errors = 0
    first_error = nil
    next_body = offset
end

function request()
    next_body = next_body + 1
    return wrk.format(nil, nil, nil, bodies[next_body % #bodies + 1])
end

function response(status, headers, body)
    if status ~= 200 or string.find(body, '"errors"', 1, true) then
        graphql_errors = graphql_errors + 1
        if first_error == nil then
            first_error = string.sub(body, 1, 300)
        end
    end
end

function done(summary, latency, requests)
    local errors = 0
    for _, thread in ipairs(threads) do
        errors = errors + thread:get("graphql_errors")
        local example = thread:get("first_error")
        if example ~= nil then
            io.stderr:write("error answer: " .. example .. "\n")
        end
    end
    errors = errors + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
    io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.1f p99_ms=%.1f errors=%d\n",
        summary.requests, summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors))
end
