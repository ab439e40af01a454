/**
 * Lua scripts for the per-channel outbox. Each runs atomically in Redis, which is what makes
 * "append + make sure exactly one flush job exists" and "finish only if nothing is left"
 * race-free across any number of api and worker processes.
 */

/** The flush flag of a channel waiting in the ready list (never a job id). */
export const READY = 'ready';

/** How long a drainer's claim to take the next ready channel holds without being renewed. */
export const DRAIN_TTL_MS = 10_000;

/**
 * Append an accepted event. A channel with no flush pending waits in the ready list when a
 * flush job is about to finish its own channel (a drainer, see NEXT_BATCH) and no other
 * channel is ahead of it for that job: the job takes it over, and no job of its own is added
 * (a flush job's life in BullMQ costs far more than the post). Otherwise it gets a job.
 * KEYS: dedup, delivery, outbox, history, flushFlag, flushSeq, parked, activeChannels,
 *       deliveryChannel, readyChannels, drainers
 * ARGV: deliveryId, dedupTtlSec (0 = no dedup), recordJson, nowMs, channelId, historyMax,
 *       indexTtlSec
 * Returns {0, existingDeliveryId} for a duplicate, {1, id} queued behind a pending flush (or
 * ready for a drainer), {2, id} queued on a parked channel, {3, id, jobId} queued and a flush
 * job must be added.
 */
export const ENQUEUE = `
if ARGV[2] ~= '0' then
  local existing = redis.call('GET', KEYS[1])
  if existing then return {0, existing} end
  redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
end
redis.call('HSET', KEYS[2], 'state', 'queued', 'record', ARGV[3], 'attempts', 0,
  'receivedAt', ARGV[4], 'updatedAt', ARGV[4])
redis.call('RPUSH', KEYS[3], ARGV[1])
redis.call('ZADD', KEYS[4], ARGV[4], ARGV[1])
local extra = redis.call('ZCARD', KEYS[4]) - tonumber(ARGV[6])
if extra > 0 then redis.call('ZREMRANGEBYRANK', KEYS[4], 0, extra - 1) end
redis.call('SADD', KEYS[8], ARGV[5])
redis.call('SET', KEYS[9], ARGV[5], 'EX', ARGV[7])
if redis.call('EXISTS', KEYS[7]) == 1 then return {2, ARGV[1]} end
if redis.call('EXISTS', KEYS[5]) == 1 then return {1, ARGV[1]} end
redis.call('ZREMRANGEBYSCORE', KEYS[11], '-inf', ARGV[4])
if redis.call('ZCARD', KEYS[11]) > redis.call('LLEN', KEYS[10]) then
  redis.call('SET', KEYS[5], '${READY}')
  redis.call('RPUSH', KEYS[10], ARGV[5])
  return {1, ARGV[1]}
end
local jobId = 'flush-' .. ARGV[5] .. '-' .. redis.call('INCR', KEYS[6])
redis.call('SET', KEYS[5], jobId)
return {3, ARGV[1], jobId}
`;

/** Lua that records a delivered event and takes it out of flight (shared by two scripts). */
const deliveredStep = (
  inflight: string,
  delivery: string,
  args: [string, string, string, string],
) => {
  const [id, now, log, ttl] = args;
  return `
redis.call('LREM', ${inflight}, 1, ${id})
redis.call('HSET', ${delivery}, 'state', 'delivered', 'deliveredAt', ${now}, 'updatedAt', ${now}, 'log', ${log})
redis.call('HINCRBY', ${delivery}, 'attempts', 1)
redis.call('HDEL', ${delivery}, 'lastError')
redis.call('EXPIRE', ${delivery}, ${ttl})`;
};

/**
 * Record a delivered event and take it out of flight, in one step; and read the switches that
 * decide the channel's next post (the org and team records), so that post needs no round trip
 * of its own to ask whether connectors are still on.
 * KEYS: inflight, delivery, org, team
 * ARGV: deliveryId, nowMs, logJson, finishedTtlSec
 * Returns {orgJson|false, teamJson|false}.
 */
export const DELIVERED = `${deliveredStep('KEYS[1]', 'KEYS[2]', ['ARGV[1]', 'ARGV[2]', 'ARGV[3]', 'ARGV[4]'])}
return {redis.call('GET', KEYS[3]), redis.call('GET', KEYS[4])}
`;

/**
 * Everything a flush needs for its next batch, in one step: settle the event just delivered
 * (when given), then stop if the channel is parked or gone (giving up the flush flag); else
 * claim the next batch — events already in flight (a worker died mid-post) first, so a crash
 * never reorders or drops them — and return it with the channel; with nothing left, give up
 * the channel (ingest's ENQUEUE then sees no flag, so no event is left without a flush) and
 * take over the first channel of the ready list when allowed, else end the job.
 * A job whose batch empties its channel (at most two events, nothing behind them) says so in
 * the drainers set, which ENQUEUE reads; a job that took a channel over records it (serving),
 * so that it serves that channel when BullMQ runs it again (delayed, or after a crash).
 * KEYS: channel, parked, outbox, inflight, flushFlag, activeChannels, settledDelivery
 *       (the channel key again when none), readyChannels, drainers, serving
 * ARGV: maxBatch, jobId, channelId, deliveryKeyPrefix, settledId ('' = none), nowMs, logJson,
 *       finishedTtlSec, flushFlag key before/after the channel id, drainTtlMs,
 *       mayTakeOver ('1' or '0'), nowMs (always), org key, team key before/after the id
 * With the batch come the org and team records (the team key is built from the channel's
 * teamId with the layout handed in), whose switches decide the batch's first post.
 * Returns {0} parked or gone, {1} done, {2, channelHashFlat, ids, recordHashesFlat,
 * orgJson|false, teamJson|false}, {3, channelId} done here and that channel taken over,
 * {4, channelId} this job serves that channel instead.
 */
export const NEXT_BATCH = `
local serving = redis.call('GET', KEYS[10])
if serving and serving ~= ARGV[3] then return {4, serving} end
if ARGV[5] ~= '' then${deliveredStep('KEYS[4]', 'KEYS[7]', ['ARGV[5]', 'ARGV[6]', 'ARGV[7]', 'ARGV[8]'])}
end
if redis.call('EXISTS', KEYS[1]) == 0 or redis.call('EXISTS', KEYS[2]) == 1 then
  if redis.call('GET', KEYS[5]) == ARGV[2] then redis.call('DEL', KEYS[5]) end
  redis.call('ZREM', KEYS[9], ARGV[2])
  redis.call('DEL', KEYS[10])
  return {0}
end
if redis.call('LLEN', KEYS[4]) == 0 then
  for i = 1, tonumber(ARGV[1]) do
    if not redis.call('LMOVE', KEYS[3], KEYS[4], 'LEFT', 'RIGHT') then break end
  end
end
local ids = redis.call('LRANGE', KEYS[4], 0, -1)
if #ids == 0 then
  if redis.call('GET', KEYS[5]) == ARGV[2] then redis.call('DEL', KEYS[5]) end
  redis.call('SREM', KEYS[6], ARGV[3])
  if ARGV[12] == '1' then
    for _ = 1, 1000 do
      local next = redis.call('LPOP', KEYS[8])
      if not next then break end
      local flag = ARGV[9] .. next .. ARGV[10]
      if redis.call('GET', flag) == '${READY}' then
        redis.call('SET', flag, ARGV[2])
        redis.call('SET', KEYS[10], next)
        redis.call('ZREM', KEYS[9], ARGV[2])
        return {3, next}
      end
    end
  end
  redis.call('ZREM', KEYS[9], ARGV[2])
  redis.call('DEL', KEYS[10])
  return {1}
end
if ARGV[12] == '1' and #ids <= 2 and redis.call('LLEN', KEYS[3]) == 0 then
  redis.call('ZADD', KEYS[9], tonumber(ARGV[13]) + tonumber(ARGV[11]), ARGV[2])
end
local records = {}
for i, id in ipairs(ids) do records[i] = redis.call('HGETALL', ARGV[4] .. id) end
local team = ARGV[15] .. (redis.call('HGET', KEYS[1], 'teamId') or '') .. ARGV[16]
return {2, redis.call('HGETALL', KEYS[1]), ids, records, redis.call('GET', ARGV[14]),
  redis.call('GET', team)}
`;

/**
 * Give up the flush flag without draining (the channel is parked); rotation re-schedules.
 * KEYS: flushFlag   ARGV: jobId
 */
export const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) return 1 end
return 0
`;

/**
 * Make sure a flush job exists for a channel with work (used by rotation and the reconciler).
 * KEYS: outbox, inflight, flushFlag, flushSeq, parked, activeChannels
 * ARGV: channelId, staleJobId ('' = none)
 * Returns the new job id to add, or false when a live job already holds the flag, the
 * channel is parked, or there is no work (then the channel leaves the active set).
 */
export const ENSURE_FLUSH = `
if redis.call('EXISTS', KEYS[5]) == 1 then return false end
if redis.call('LLEN', KEYS[1]) + redis.call('LLEN', KEYS[2]) == 0 then
  if not redis.call('GET', KEYS[3]) then redis.call('SREM', KEYS[6], ARGV[1]) end
  return false
end
local current = redis.call('GET', KEYS[3])
if current and current ~= ARGV[2] then return false end
local jobId = 'flush-' .. ARGV[1] .. '-' .. redis.call('INCR', KEYS[4])
redis.call('SET', KEYS[3], jobId)
return jobId
`;

/**
 * Send a finished delivery (dead, or delivered) again: back to the end of the channel's
 * outbox with its history kept, a fresh retry horizon, and a flush job if none is pending.
 * KEYS: delivery, dead, outbox, flushFlag, flushSeq, parked, activeChannels
 * ARGV: deliveryId, nowMs, channelId, logEntryJson, logMax
 * Returns {0} no such delivery, {1, state} still waiting (nothing to do), {2} queued on a
 * parked channel, {3} queued behind a pending flush, {4, jobId} queued, add the job.
 */
export const REPLAY = `
local state = redis.call('HGET', KEYS[1], 'state')
if not state then return {0} end
if state ~= 'dead' and state ~= 'delivered' then return {1, state} end
redis.call('LREM', KEYS[2], 0, ARGV[1])
local log = cjson.decode(redis.call('HGET', KEYS[1], 'log') or '[]')
table.insert(log, cjson.decode(ARGV[4]))
while #log > tonumber(ARGV[5]) do table.remove(log, 1) end
redis.call('HSET', KEYS[1], 'state', 'queued', 'updatedAt', ARGV[2], 'log', cjson.encode(log))
redis.call('HDEL', KEYS[1], 'lastError', 'deliveredAt', 'firstAttemptAt')
redis.call('PERSIST', KEYS[1])
redis.call('RPUSH', KEYS[3], ARGV[1])
redis.call('SADD', KEYS[7], ARGV[3])
if redis.call('EXISTS', KEYS[6]) == 1 then return {2} end
if redis.call('EXISTS', KEYS[4]) == 1 then return {3} end
local jobId = 'flush-' .. ARGV[3] .. '-' .. redis.call('INCR', KEYS[5])
redis.call('SET', KEYS[4], jobId)
return {4, jobId}
`;

/**
 * A job that stops being a drainer without finishing (it waits for a budget slot or a retry,
 * the channel parked, the process stops, the flush failed): channels in the ready list beyond
 * the drainers left get flush jobs of their own, so none waits on a job that will not come.
 * KEYS: drainers, readyChannels
 * ARGV: jobId, nowMs, flushFlag key before/after the channel id, flushSeq key before/after
 * Returns {channelId, jobId, ...}: the jobs to add.
 */
export const UNDRAIN = `
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[2])
local live = redis.call('ZCARD', KEYS[1])
local out = {}
while redis.call('LLEN', KEYS[2]) > live do
  local ch = redis.call('LPOP', KEYS[2])
  local flag = ARGV[3] .. ch .. ARGV[4]
  if redis.call('GET', flag) == '${READY}' then
    local jobId = 'flush-' .. ch .. '-' .. redis.call('INCR', ARGV[5] .. ch .. ARGV[6])
    redis.call('SET', flag, jobId)
    table.insert(out, ch)
    table.insert(out, jobId)
  end
end
return out
`;
