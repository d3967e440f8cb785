import type { ActivityEntry, EventInfo } from '../../shared/schemas';
import { initialStage, type Stage } from '../../shared/stage';
import type { SessionStore } from '../store/types';
import type { ModeratorSeat } from '../../shared/domain';
import { fields } from '../store/fields';
import {
  withMetaDefaults,
  withPledgeDefaults,
  withRoundDefaults,
  type AudienceRecord,
  type Participant,
  type Pledge,
  type Round,
  type SeatRequestRecord,
  type SessionMeta,
} from '../domain/records';

/** A session document decoded from the store's fields. */
export interface SessionDoc {
  seq: number;
  meta: SessionMeta;
  round: Round;
  stage: Stage;
  participants: Map<string, Participant>;
  pledges: Pledge[];
  audience: Map<string, AudienceRecord>;
  requests: Map<string, SeatRequestRecord>;
  /** Oldest first. */
  activity: ActivityEntry[];
  /** Invite token per panelist id. */
  invites: Map<string, string>;
  moderatorKeys: Partial<Record<ModeratorSeat, string>>;
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

export function decodePledge(raw: string | null | undefined): Pledge | undefined {
  const pledge = decode<Pledge>(raw);
  return pledge ? withPledgeDefaults(pledge) : undefined;
}

export function decodeRound(raw: string | null | undefined): Round | undefined {
  const round = decode<Round>(raw);
  return round ? withRoundDefaults(round) : undefined;
}

/** The session's stage; a session that never changed it has the initial one. */
export function decodeStage(raw: string | null | undefined, now: number): Stage {
  return decode<Stage>(raw) ?? initialStage(now);
}

export function decodeDoc(all: Record<string, string>): SessionDoc {
  const meta = decodeMeta(all[fields.meta])!;
  const doc: SessionDoc = {
    seq: Number(all[fields.seq] ?? 0),
    meta,
    round: decodeRound(all[fields.round])!,
    // A session whose stage never changed: the initial stage, as of the session's creation (as the stage commands read it).
    stage: decodeStage(all[fields.stage], meta?.createdAt ?? 0),
    participants: new Map(),
    pledges: [],
    audience: new Map(),
    requests: new Map(),
    activity: [],
    invites: new Map(),
    moderatorKeys: {},
  };
  for (const [name, raw] of Object.entries(all)) {
    const prefix = name.slice(0, 3);
    const id = name.slice(3);
    switch (prefix) {
      case fields.participantPrefix: {
        const p = JSON.parse(raw) as Participant;
        doc.participants.set(p.panelistId, p);
        break;
      }
      case fields.pledgePrefix:
        doc.pledges.push(decodePledge(raw)!);
        break;
      case fields.audiencePrefix:
        doc.audience.set(id, JSON.parse(raw) as AudienceRecord);
        break;
      case fields.requestPrefix:
        doc.requests.set(id, JSON.parse(raw) as SeatRequestRecord);
        break;
      case fields.activityPrefix:
        doc.activity.push(JSON.parse(raw) as ActivityEntry);
        break;
      case fields.invitePrefix:
        doc.invites.set(id, JSON.parse(raw) as string);
        break;
      case fields.moderatorKeyPrefix:
        doc.moderatorKeys[id as ModeratorSeat] = JSON.parse(raw) as string;
        break;
      default:
        break;
    }
  }
  doc.pledges.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  doc.activity.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
  return doc;
}

export async function loadEvent(store: SessionStore, eventId: string): Promise<EventInfo | null> {
  const [raw] = await store.getRecords('event', [eventId]);
  return decode<EventInfo>(raw) ?? null;
}
