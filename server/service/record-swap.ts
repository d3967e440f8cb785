import type { Result } from '../domain/result';
import type { RecordKind, SessionStore } from '../store/types';

/** Conflicting concurrent writes are retried this many times before giving up with `conflict`. */
export const MAX_ATTEMPTS = 12;

/**
 * Read -> decide -> compare-and-set on one standalone record (an event, a follow-up record),
 * starting again from the read when someone else wrote in between. `decide` gets the stored value
 * (null when absent) and answers the value to write and the result, or an error that stops it.
 */
export async function swapRecordWithRetry<R>(
  store: SessionStore,
  kind: RecordKind,
  id: string,
  decide: (raw: string | null) => Result<{ next: string; result: R }> | Promise<Result<{ next: string; result: R }>>,
  busy: string,
): Promise<Result<R>> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const [raw = null] = await store.getRecords(kind, [id]);
    const decided = await decide(raw);
    if (!decided.ok) return decided;
    if (await store.swapRecord(kind, id, raw, decided.value.next)) return { ok: true, value: decided.value.result };
  }
  return { ok: false, error: { code: 'conflict', message: busy } };
}
