-- wrk script for bench/run: which path each request asks for, and one summary line at the end.
--
-- BENCH_PATHS names one or more path lists (files with one path a line, query string included),
-- separated by ";", each as "weight:mode:file":
--   random      a path picked at random from the file for every request
--   sequential  the file's paths in order, never one twice: thread i of BENCH_THREADS takes lines
--               start+i, start+i+threads, …; start is read from "<file>.cursor" (0 when there is none)
--               and the next unused line is written back there when the run ends, so that the
--               following runs carry on where this one stopped. Past the end it wraps around and the
--               cursor file then says "wrapped".
-- The weights are relative: "80:random:a;10:random:b;10:sequential:c" is the 80/10/10 mix.
-- One list of one path is sent as a fixed request (wrk's fast path, no Lua per request).
--
-- done() prints one line that bench/run reads:
--   BENCH <requests> <req/s> <p50 ms> <p99 ms> <errors: non-2xx/3xx + socket errors>

local function parse_lists()
    local lists = {}
    local spec = os.getenv("BENCH_PATHS") or error("BENCH_PATHS is not set")
    for entry in spec:gmatch("[^;]+") do
        local weight, mode, file = entry:match("^(%d+):(%a+):(.+)$")
        if not weight or (mode ~= "random" and mode ~= "sequential") then
            error("BENCH_PATHS entry not understood: " .. entry)
        end
        lists[#lists + 1] = { weight = tonumber(weight), mode = mode, file = file }
    end
    return lists
end

local function read_lines(file)
    local lines = {}
    for line in io.lines(file) do
        if line ~= "" then
            lines[#lines + 1] = line
        end
    end
    if #lines == 0 then
        error("no paths in " .. file)
    end
    return lines
end

local function read_cursor(file)
    local f = io.open(file .. ".cursor")
    if not f then
        return 0
    end
    local value = tonumber(f:read("*l") or "") or 0
    f:close()
    return value
end

-- Main state: hands each thread its number and the sequential lists' starting points, and at the
-- end moves those starting points past every line a thread took.

local lists = parse_lists()
local threads = {}

function setup(thread)
    threads[#threads + 1] = thread
    thread:set("thread_number", #threads - 1)
    for i, list in ipairs(lists) do
        if list.mode == "sequential" then
            list.start = list.start or read_cursor(list.file)
            thread:set("start_" .. i, list.start)
        end
    end
end

function done(summary, latency, requests)
    for i, list in ipairs(lists) do
        if list.mode == "sequential" then
            local taken = 0
            for _, thread in ipairs(threads) do
                taken = math.max(taken, thread:get("taken_" .. i) or 0)
            end
            local size = #read_lines(list.file)
            local next_line = list.start + taken * #threads
            local f = io.open(list.file .. ".cursor", "w")
            f:write(next_line < size and tostring(next_line) or "wrapped", "\n")
            f:close()
        end
    end
    local e = summary.errors
    local seconds = summary.duration / 1e6
    io.write(string.format("BENCH %d %.1f %.3f %.3f %d\n", summary.requests, summary.requests / seconds,
        latency:percentile(50) / 1000, latency:percentile(99) / 1000,
        e.connect + e.read + e.write + e.timeout + e.status))
end

-- Thread states: pick the next path.

local total_weight = 0
local next_taken = {}

local function seed()
    local f = io.open("/dev/urandom", "rb")
    local bytes = f:read(4)
    f:close()
    local n = 0
    for i = 1, 4 do
        n = n * 256 + bytes:byte(i)
    end
    math.randomseed(n)
end

function init(args)
    seed()
    local stride = tonumber(os.getenv("BENCH_THREADS") or "") or error("BENCH_THREADS is not set")
    for i, list in ipairs(lists) do
        list.paths = read_lines(list.file)
        total_weight = total_weight + list.weight
        if list.mode == "sequential" then
            local start = _G["start_" .. i]
            if start == nil then
                start = 0
            end
            list.first = start + thread_number
            list.stride = stride
            _G["taken_" .. i] = 0
        end
    end
    if #lists == 1 and #lists[1].paths == 1 then
        wrk.path = lists[1].paths[1]
        request = nil
    end
end

local function pick(i, list)
    if list.mode == "random" then
        return list.paths[math.random(#list.paths)]
    end
    local taken = _G["taken_" .. i]
    _G["taken_" .. i] = taken + 1
    return list.paths[(list.first + taken * list.stride) % #list.paths + 1]
end

function request()
    local roll = math.random() * total_weight
    for i, list in ipairs(lists) do
        roll = roll - list.weight
        if roll < 0 or i == #lists then
            return wrk.format(nil, pick(i, list))
        end
    end
end
