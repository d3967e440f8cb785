import type { AppError } from '../../shared/protocol';
import type { RecordKind, SessionStore } from '../store/types';

/** Conflicting concurrent writes are retried this many times before giving up with `conflict`. */
export const MAX_ATTEMPTS = 12;

type Outcome<T> = { ok: true; value: T } | { ok: false; error: AppError };

/**
 * Read -> decide -> compare-and-set on one standalone record (an event, a follow-up record),
 * starting again from the read when someone else wrote in between. `decide` gets the stored value
 * (null when absent) and answers the value to write and the result, or an error that stops it.
 */
export async function swapRecordWithRetry<R>(
  store: SessionStore,
  kind: RecordKind,
  id: string,
  decide: (raw: string | null) => Outcome<{ next: string; result: R }> | Promise<Outcome<{ next: string; result: R }>>,
  busy: string,
): Promise<Outcome<R>> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const [raw = null] = await store.getRecords(kind, [id]);
    const decided = await decide(raw);
    if (!decided.ok) return decided;
    if (await store.swapRecord(kind, id, raw, decided.value.next)) return { ok: true, value: decided.value.result };
  }
  return { ok: false, error: { code: 'conflict', message: busy } };
}
