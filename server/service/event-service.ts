import { DEFAULT_THEME_LIST, sessionCodeKey, themeId, type Theme } from '../../shared/domain';
import type { PlannedSession } from '../../shared/http';
import type { ImportProblem } from '../../shared/import-problems';
import { createEventSchema, updateEventSchema, type CreateEventInput, type EventInfo, type UpdateEventInput } from '../../shared/schemas';
import type { FollowUpRecord } from '../domain/records';
import { isPublic, publicPledge, type TrackedPledge } from '../domain/registry';
import { swapRecordWithRetry } from './record-swap';
import { RegistryCache, registryEntry, type RegistryEntry } from './registry-cache';
import { importProblem, readSchedule } from '../domain/schedule';
import { newId } from '../security';
import type { SessionStore } from '../store/types';
import { decode, encode, loadEvent, type SessionDoc } from './codec';
import type { Created, SessionService } from './session-service';
import { fail, type Result } from '../domain/result';

/** Sessions an import or a listing reads per event; the registry and exports cover them all. */
const EVENT_SESSIONS_MAX = 5000;

export type ImportOutcome =
  | { ok: true; dryRun: boolean; sessions: PlannedSession[]; created: Created[] }
  | { ok: false; problems: ImportProblem[] };

/** One event document, or null. */

/** Events (name, dates, theme list) and what is read across an event's sessions. */
export class EventService {
  constructor(
    private readonly store: SessionStore,
    private readonly sessions: SessionService,
    private readonly clock: () => number = Date.now,
    private readonly registryCache = new RegistryCache(clock),
  ) {}

  /**
   * The public pledges of an event, newest first, each with its latest progress report (the
   * pledge's own page carries the whole history), and the unfiltered answer ready to send.
   * Record-only pledges are never part of it.
   */
  publicRegistry(event: EventInfo): Promise<RegistryEntry> {
    return this.registryCache.get(event.id, async () => {
      const tracked = (await this.tracked(await this.sessionDocs(event.id), { supporters: false })).filter((t) => isPublic(t.pledge));
      const now = this.clock();
      const pledges = tracked
        .map((t) => publicPledge({ ...t, reports: t.reports.slice(-1) }, now, event.silentAfterMonths))
        .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1));
      return registryEntry(event, pledges);
    });
  }

  async create(input: CreateEventInput): Promise<EventInfo> {
    const parsed = createEventSchema.parse(input);
    const themes: Theme[] = parsed.themes
      ? [...new Map(parsed.themes.map((label) => [themeId(label), { id: themeId(label), label }])).values()].filter((t) => t.id !== '')
      : DEFAULT_THEME_LIST.map((t) => ({ ...t }));
    const event: EventInfo = {
      id: newId(),
      name: parsed.name,
      startDate: parsed.startDate,
      endDate: parsed.endDate,
      themes: themes.length > 0 ? themes : DEFAULT_THEME_LIST.map((t) => ({ ...t })),
      languages: [...new Set(parsed.languages)],
      silentAfterMonths: parsed.silentAfterMonths,
      createdAt: this.clock(),
    };
    if (!(await this.store.createEvent(event.id, event.createdAt, encode(event)))) throw new Error('event id collision');
    return event;
  }

  /** Changes an event's details (compare-and-set, retried on a concurrent change). */
  async update(eventId: string, input: UpdateEventInput): Promise<Result<EventInfo>> {
    const patch = updateEventSchema.parse(input);
    const updated = await swapRecordWithRetry(
      this.store,
      'event',
      eventId,
      (raw) => {
        const current = decode<EventInfo>(raw);
        if (!current) return fail('event_not_found', 'This event does not exist.');
        const next: EventInfo = {
          ...current,
          ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
          ...(patch.languages ? { languages: [...new Set(patch.languages)] } : {}),
        };
        if (next.startDate && next.endDate && next.endDate < next.startDate) {
          return fail('invalid_payload', 'endDate: the event must end on or after its first day');
        }
        return { ok: true, value: { next: encode(next), result: next } };
      },
      'Someone changed this event at the same time; try again.',
    );
    if (updated.ok) this.registryCache.forget(eventId);
    return updated;
  }

  get(eventId: string): Promise<EventInfo | null> {
    return loadEvent(this.store, eventId);
  }

  async list(): Promise<EventInfo[]> {
    const ids = await this.store.listEventIds();
    const raws = await this.store.getRecords('event', ids);
    return raws.map((raw) => decode<EventInfo>(raw)).filter((e): e is EventInfo => e !== undefined);
  }

  /** The event's sessions in programme order (start time, then code). */
  async sessionDocs(eventId: string): Promise<SessionDoc[]> {
    const docs = await this.sessions.listSessions(EVENT_SESSIONS_MAX, eventId);
    return docs.sort(
      (a, b) =>
        (a.meta.details.start ?? '\uffff').localeCompare(b.meta.details.start ?? '\uffff') ||
        a.meta.code.localeCompare(b.meta.code, 'en', { numeric: true }) ||
        a.meta.createdAt - b.meta.createdAt,
    );
  }

  /**
   * Every pledge of the given sessions with its follow-up reports and, unless `supporters` is
   * false (the public registry shows none), how many viewers support it.
   */
  async tracked(docs: SessionDoc[], { supporters = true }: { supporters?: boolean } = {}): Promise<TrackedPledge[]> {
    const pledges = docs.flatMap((doc) => doc.pledges.map((pledge) => ({ pledge, session: doc.meta })));
    const [raws, counts] = await Promise.all([
      this.store.getRecords(
        'followup',
        pledges.map((p) => p.pledge.id),
      ),
      supporters ? Promise.all(docs.map(async (doc) => (await this.store.reactionCounts(doc.meta.id)).counts)) : [],
    ]);
    const supportOf = new Map(counts.flatMap((c) => Object.entries(c)));
    return pledges.map(({ pledge, session }, i) => ({
      pledge,
      session: { id: session.id, code: session.code, title: session.title, eventId: session.eventId, themes: session.themes },
      reports: decode<FollowUpRecord>(raws[i])?.reports ?? [],
      supporters: supportOf.get(pledge.id) ?? 0,
    }));
  }

  /**
   * Checks a schedule and, unless `dryRun`, creates all its sessions in one atomic write. Any bad
   * row means nothing is created.
   */
  async importSchedule(event: EventInfo, csv: string, dryRun: boolean): Promise<ImportOutcome> {
    const docs = await this.sessions.listSessions(EVENT_SESSIONS_MAX, event.id);
    const schedule = readSchedule(
      csv,
      docs.map((d) => d.meta.code),
    );
    if (!schedule.ok) return schedule;
    const sessions = schedule.sessions.map(
      ({ input }): PlannedSession => ({ code: input.code, title: input.title, speakers: input.panelists.length, policyQuestions: input.details.policyQuestions }),
    );
    if (dryRun) return { ok: true, dryRun, sessions, created: [] };
    const created = await this.sessions.createSessions(
      schedule.sessions.map((s) => s.input),
      event,
    );
    if (!created.ok) {
      // Another import (or a retried request) created some of these sessions meanwhile.
      const taken = new Set((created.taken ?? []).map(sessionCodeKey));
      const problems = schedule.sessions
        .filter((s) => taken.has(sessionCodeKey(s.input.code)))
        .map((s) => importProblem(s.line, 'session_exists', { session: s.input.code }));
      return { ok: false, problems: problems.length > 0 ? problems : [importProblem(1, 'session_exists', { session: (created.taken ?? []).join(', ') })] };
    }
    return { ok: true, dryRun, sessions, created: created.value };
  }
}
