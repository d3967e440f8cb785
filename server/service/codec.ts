import { fields } from '../store/fields';
import { withMetaDefaults, type Participant, type Pledge, type Round, type SessionMeta } from '../domain/records';

/** A session document decoded from the store's fields. */
export interface SessionDoc {
  seq: number;
  meta: SessionMeta;
  round: Round;
  participants: Map<string, Participant>;
  pledges: Pledge[];
}

export const encode = (value: unknown): string => JSON.stringify(value);

export function decode<T>(raw: string | null | undefined): T | undefined {
  return raw === null || raw === undefined ? undefined : (JSON.parse(raw) as T);
}

/** The session's meta, with defaults for fields added since it was stored. */
export function decodeMeta(raw: string | null | undefined): SessionMeta | undefined {
  const meta = decode<SessionMeta>(raw);
  return meta ? withMetaDefaults(meta) : undefined;
}

export function decodeDoc(all: Record<string, string>): SessionDoc {
  const participants = new Map<string, Participant>();
  const pledges: Pledge[] = [];
  for (const [name, raw] of Object.entries(all)) {
    if (name.startsWith(fields.participantPrefix)) {
      const p = JSON.parse(raw) as Participant;
      participants.set(p.panelistId, p);
    } else if (name.startsWith(fields.pledgePrefix)) {
      pledges.push(JSON.parse(raw) as Pledge);
    }
  }
  pledges.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  return {
    seq: Number(all[fields.seq] ?? 0),
    meta: decodeMeta(all[fields.meta])!,
    round: JSON.parse(all[fields.round] ?? 'null') as Round,
    participants,
    pledges,
  };
}
