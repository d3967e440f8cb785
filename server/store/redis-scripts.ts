import { fields, REACTION_VERSION } from './fields';

/** The Redis store's atomic writes, as Lua scripts (run by SHA after the first call, in redis.ts). */

/**
 * Creates N sessions, all or none. KEYS[1] session index, then per session: join-code key,
 * session hash, event-session index and event-code set (the session index again for a session
 * without an event). ARGV[1]: JSON array of { id, createdAt, code, fields: [name, value, ...] },
 * `code` being the session's code key within its event ('' for none).
 * Returns { positions of taken join codes, positions of taken session codes }; both empty when
 * everything was written.
 */
export const CREATE_SESSIONS = `
local seeds = cjson.decode(ARGV[1])
local takenJoin, takenCode = {}, {}
for i, s in ipairs(seeds) do
  local b = 1 + (i - 1) * 4
  if redis.call('EXISTS', KEYS[b + 1]) == 1 or redis.call('EXISTS', KEYS[b + 2]) == 1 then
    table.insert(takenJoin, i)
  end
  if s.code ~= '' and redis.call('SISMEMBER', KEYS[b + 4], s.code) == 1 then
    table.insert(takenCode, i)
  end
end
if #takenJoin > 0 or #takenCode > 0 then return { takenJoin, takenCode } end
for i, s in ipairs(seeds) do
  local b = 1 + (i - 1) * 4
  redis.call('SET', KEYS[b + 1], s.id)
  for j = 1, #s.fields, 2 do redis.call('HSET', KEYS[b + 2], s.fields[j], s.fields[j + 1]) end
  redis.call('HSET', KEYS[b + 2], '${fields.seq}', 0)
  redis.call('ZADD', KEYS[1], s.createdAt, s.id)
  if s.event == 1 then redis.call('ZADD', KEYS[b + 3], s.createdAt, s.id) end
  if s.code ~= '' then redis.call('SADD', KEYS[b + 4], s.code) end
end
return { {}, {} }
`;

/**
 * KEYS[1] the session's reactions hash, KEYS[2] the device's set of supported pledges, KEYS[3] the
 * session hash. ARGV: pledge id, '1' on / '0' off, the pledge's field name, the device's field
 * name (what its digest stands for in the session).
 * Returns { count, changed, reaction version }, or { -1 } when the session does not exist,
 * { -2 } when supporting a pledge the walls do not show (the rule of `isPublic` in
 * domain/registry.ts: public and visible, a pledge stored without a status being visible) and
 * { -3 } when supporting a pledge by the seat or audience member the device holds now (a device
 * field stored before audiences is a bare panelist id; `decodeDeviceRef` in domain/records.ts).
 * Checking here saves a round trip per tap.
 */
export const REACT = `
if redis.call('EXISTS', KEYS[3]) == 0 then return { -1 } end
if ARGV[2] == '1' then
  local raw = redis.call('HGET', KEYS[3], ARGV[3])
  if not raw then return { -2 } end
  local p = cjson.decode(raw)
  if p.visibility ~= 'public' or (p.status or 'visible') ~= 'visible' then return { -2 } end
  local held = redis.call('HGET', KEYS[3], ARGV[4])
  if held then
    local ref = cjson.decode(held)
    if type(ref) == 'string' then ref = { kind = 'panelist', id = ref } end
    if ref.id == p.participantId and ref.kind == (p.authorRole or 'panelist') then return { -3 } end
  end
end
local changed
if ARGV[2] == '1' then changed = redis.call('SADD', KEYS[2], ARGV[1]) else changed = redis.call('SREM', KEYS[2], ARGV[1]) end
if changed == 0 then
  local got = redis.call('HMGET', KEYS[1], ARGV[1], '${REACTION_VERSION}')
  return { tonumber(got[1] or '0'), 0, tonumber(got[2] or '0') }
end
local v = redis.call('HINCRBY', KEYS[1], '${REACTION_VERSION}', 1)
return { redis.call('HINCRBY', KEYS[1], ARGV[1], ARGV[2] == '1' and 1 or -1), 1, v }
`;

/**
 * The pledges one browser supports. KEYS[1] the session's reactions hash, KEYS[2] the browser's set
 * (its secret's digest), KEYS[3] the set an online viewer's wall kept under `v:` and that digest
 * before a browser's phone and wall pages supported as one: moved into KEYS[2] on first read, a
 * pledge in both counted once from then on (one down, and the reaction version moves on).
 * Returns the pledge ids.
 */
export const REACTED_BY = `
if redis.call('EXISTS', KEYS[3]) == 1 then
  local twice = 0
  for _, id in ipairs(redis.call('SMEMBERS', KEYS[3])) do
    if redis.call('SADD', KEYS[2], id) == 0 then
      redis.call('HINCRBY', KEYS[1], id, -1)
      twice = 1
    end
  end
  if twice == 1 then redis.call('HINCRBY', KEYS[1], '${REACTION_VERSION}', 1) end
  redis.call('DEL', KEYS[3])
end
return redis.call('SMEMBERS', KEYS[2])
`;

/** KEYS[1] event document, KEYS[2] event index. ARGV: event id, createdAt, document. */
export const CREATE_EVENT = `
if not redis.call('SET', KEYS[1], ARGV[3], 'NX') then return 0 end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[1])
return 1
`;

/** KEYS[1] document. ARGV: present flag of the expected value, expected value, new value. */
export const SWAP_RECORD = `
local cur = redis.call('GET', KEYS[1])
if ARGV[1] == '0' then
  if cur then return 0 end
elseif cur ~= ARGV[2] then
  return 0
end
redis.call('SET', KEYS[1], ARGV[3])
return 1
`;

/**
 * The part every commit script shares: ARGV[1] = number of expectations E, then E triples (field,
 * present flag, value), then write triples up to ARGV[last] (`last` set before). Returns -2 on a
 * conflict before writing anything.
 */
const CHECK_AND_WRITE = `
local n = tonumber(ARGV[1])
local i = 2
for _ = 1, n do
  local cur = redis.call('HGET', KEYS[1], ARGV[i])
  if ARGV[i + 1] == '0' then
    if cur then return -2 end
  elseif cur ~= ARGV[i + 2] then
    return -2
  end
  i = i + 3
end
CHECKS_DONE
while i <= last do
  if ARGV[i + 1] == '0' then
    redis.call('HDEL', KEYS[1], ARGV[i])
  else
    redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 2])
  end
  i = i + 3
end
`;

/**
 * KEYS[1] session hash; with a pledge claim, KEYS[2] the pledge id's key and KEYS[3] its follow-up
 * record. ARGV[1] = number of expectations E, then E triples (field, present flag, value), then
 * write triples (field, present flag, value), then with a claim the session id and the follow-up
 * record ('' for none). Returns the new seq, -1 when the session is missing, -2 on a conflict, -3
 * when the pledge id is another session's. Nothing is written unless every check holds.
 */
export const COMMIT = `
if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
local last = #ARGV
if #KEYS > 1 then
  last = last - 2
  local holder = redis.call('GET', KEYS[2])
  if holder and holder ~= ARGV[last + 1] then return -3 end
end
${CHECK_AND_WRITE.replace('CHECKS_DONE', '')}
if #KEYS > 1 then
  redis.call('SET', KEYS[2], ARGV[last + 1])
  if ARGV[last + 2] ~= '' then redis.call('SET', KEYS[3], ARGV[last + 2], 'NX') end
end
return redis.call('HINCRBY', KEYS[1], '${fields.seq}', 1)
`;

/**
 * A commit that also changes the session's code within its event. KEYS[1] session hash, KEYS[2]
 * the event's set of session codes. ARGV as COMMIT's without a claim, then the code key released
 * and the code key taken ('' for none). Returns as COMMIT, or -4 when another session of the event
 * has the new code.
 */
export const COMMIT_CODE = `
if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
local last = #ARGV - 2
local from, to = ARGV[last + 1], ARGV[last + 2]
${CHECK_AND_WRITE.replace(
  'CHECKS_DONE',
  `if to ~= from and to ~= '' and redis.call('SISMEMBER', KEYS[2], to) == 1 then return -4 end`,
)}
if to ~= from then
  if from ~= '' then redis.call('SREM', KEYS[2], from) end
  if to ~= '' then redis.call('SADD', KEYS[2], to) end
end
return redis.call('HINCRBY', KEYS[1], '${fields.seq}', 1)
`;
