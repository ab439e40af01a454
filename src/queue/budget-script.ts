/**
 * A channel's post log, kept in one sorted set (score = post time, ms), checked against every
 * window of its budget in one atomic step. The time is Redis's own, so several workers on
 * machines whose clocks differ still share one timeline. A sliding window is stricter than
 * any fixed one Teams might use, whatever its alignment.
 *
 * KEYS: budget zset
 * ARGV: member, windowCount, then (perMs, max) per window
 * Returns {1, used1, used2, ...} (posts in each window, this one included) when a slot was
 * taken, or {0, waitMs} when the next slot opens in waitMs.
 */
export const TAKE_SLOT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local n = tonumber(ARGV[2])
local longest = 0
local wait = 0
local used = {}
for i = 1, n do
  local per = tonumber(ARGV[1 + 2 * i])
  local max = tonumber(ARGV[2 + 2 * i])
  if per > longest then longest = per end
  local since = '(' .. (now - per)
  local count = redis.call('ZCOUNT', KEYS[1], since, '+inf')
  used[i] = count
  if count >= max then
    local oldest = redis.call('ZRANGEBYSCORE', KEYS[1], since, '+inf', 'WITHSCORES', 'LIMIT', count - max, 1)
    local frees = tonumber(oldest[2]) + per - now
    if frees > wait then wait = frees end
  end
end
if wait > 0 then return {0, wait} end
redis.call('ZADD', KEYS[1], now, ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. (now - longest))
redis.call('PEXPIRE', KEYS[1], longest)
local out = {1}
for i = 1, n do out[#out + 1] = used[i] + 1 end
return out
`;

/**
 * Make sure at least `want` events are in flight, moving the oldest waiting ones, so a
 * digest can carry more than one claim's worth. KEYS: outbox, inflight   ARGV: want
 */
export const CLAIM_UP_TO = `
local missing = tonumber(ARGV[1]) - redis.call('LLEN', KEYS[2])
for i = 1, missing do
  if not redis.call('LMOVE', KEYS[1], KEYS[2], 'LEFT', 'RIGHT') then break end
end
return redis.call('LRANGE', KEYS[2], 0, -1)
`;
