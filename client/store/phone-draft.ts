import type { Capacity, RegionalGroup, StakeholderGroup, Visibility } from '../../shared/domain';
import { CAPACITIES, isThemeId, LIMITS, pledgeDetailDefaults, REGIONAL_GROUPS, STAKEHOLDER_GROUPS, VISIBILITIES } from '../../shared/domain';
import { cleanText } from '../../shared/text';
import type { Pledge, PledgeContentInput, Timeframe } from '../../shared/schemas';
import { readItem, storageKeys, writeItem } from '../storage';
import { useSession } from './session';

/**
 * The pledge being written on a phone, as the form holds it: its stored copy, the rules a submit
 * must pass, what goes to the server, and the preview. The form's edits are in ./phone-form.
 */

/** The pledge being written on this phone; persisted on every change so a reload loses nothing. */
export interface Draft {
  /** Pledge id (idempotency key): fixed before the first send attempt so retries reuse it. */
  id: string | null;
  text: string;
  /**
   * null until the person chooses: a panelist whose seat has an organization must choose (there is
   * no right default); anyone else pledges in a personal capacity unless they choose otherwise.
   */
  capacity: Capacity | null;
  /** null until the person edits it: the panelist's organization is used. */
  organization: string | null;
  /** true while changing an already saved pledge (sends pledge:edit). */
  editing: boolean;
  /** While editing: the `updatedAt` of the saved version being changed (the server applies the change only on top of it). */
  basedOn: number | null;
  /** null until the person picks one: the panelist's own group is used. */
  stakeholderGroup: StakeholderGroup | null;
  /**
   * null until the person picks one: the panelist's own group (from the schedule) is used;
   * 'none' when they chose "not specified".
   */
  regionalGroup: RegionalGroup | 'none' | null;
  /** Theme ids from the session's (its event's) list. */
  themes: string[];
  /** SDG target codes, in the order chosen. */
  sdgTargets: string[];
  timeframe: DraftTimeframe;
  visibility: Visibility;
  /** Rows as typed; empty rows are dropped when sending. */
  deliverables: { text: string; due: string }[];
  partners: string[];
}

/** The timeframe as the form holds it: a chosen "by date" may still lack its date. */
export type DraftTimeframe = { kind: 'next-igf' } | { kind: 'date'; date: string };

export const emptyDraft: Draft = {
  id: null,
  text: '',
  capacity: null,
  organization: null,
  editing: false,
  basedOn: null,
  stakeholderGroup: null,
  ...pledgeDetailDefaults(),
};

// ---------- persistence ----------

/** The draft this phone kept for a session; anything missing or malformed reads as empty. */
export function loadDraft(sessionId: string): Draft {
  const raw = readItem('local', storageKeys.draft(sessionId));
  if (!raw) return emptyDraft;
  try {
    const d = JSON.parse(raw) as Partial<Draft>;
    const strings = (v: unknown, max: number): string[] =>
      Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').slice(0, max) : [];
    const tf = d.timeframe as Partial<{ kind: string; date: unknown }> | undefined;
    return {
      id: typeof d.id === 'string' ? d.id : null,
      text: typeof d.text === 'string' ? d.text : '',
      capacity: (CAPACITIES as readonly unknown[]).includes(d.capacity) ? (d.capacity as Capacity) : null,
      organization: typeof d.organization === 'string' ? d.organization : null,
      editing: d.editing === true,
      basedOn: typeof d.basedOn === 'number' && Number.isSafeInteger(d.basedOn) ? d.basedOn : null,
      stakeholderGroup: (STAKEHOLDER_GROUPS as readonly unknown[]).includes(d.stakeholderGroup) ? (d.stakeholderGroup as StakeholderGroup) : null,
      regionalGroup:
        d.regionalGroup === 'none' || (REGIONAL_GROUPS as readonly unknown[]).includes(d.regionalGroup)
          ? (d.regionalGroup as RegionalGroup | 'none')
          : null,
      // Well-formed ids only here; ids the session's list does not know are dropped once it is known.
      themes: strings(d.themes, LIMITS.themesMax).filter(isThemeId),
      sdgTargets: strings(d.sdgTargets, LIMITS.sdgTargetsMax),
      timeframe: tf?.kind === 'date' ? { kind: 'date', date: typeof tf.date === 'string' ? tf.date : '' } : { kind: 'next-igf' },
      visibility: (VISIBILITIES as readonly unknown[]).includes(d.visibility) ? (d.visibility as Visibility) : 'public',
      deliverables: Array.isArray(d.deliverables)
        ? d.deliverables
            .filter((x): x is { text: string; due: string } => !!x && typeof x.text === 'string' && typeof x.due === 'string')
            .slice(0, LIMITS.deliverablesMax)
        : [],
      partners: strings(d.partners, LIMITS.partnersMax),
    };
  } catch {
    return emptyDraft;
  }
}

/** Keeps the draft for the session; an empty draft leaves nothing behind. */
export function saveDraft(sessionId: string, draft: Draft): void {
  const isEmpty = JSON.stringify(draft) === JSON.stringify(emptyDraft);
  writeItem('local', storageKeys.draft(sessionId), isEmpty ? null : JSON.stringify(draft));
}

/**
 * The form's fields for changing a saved pledge, based on that version of it. A refused attempt's
 * content, when given, is used instead of the saved one, so nothing typed is lost (the person sees
 * it in the form, over the saved version, before sending it).
 */
export function draftForEdit(pledge: Pledge, refused?: PledgeContentInput): Draft {
  return {
    id: pledge.id,
    text: refused?.text ?? pledge.text,
    capacity: refused?.capacity ?? pledge.capacity,
    organization: refused ? (refused.organization ?? '') : pledge.organization,
    editing: true,
    basedOn: pledge.updatedAt,
    stakeholderGroup: refused?.stakeholderGroup ?? pledge.stakeholderGroup,
    // What the pledge says, "not specified" included: an edit never refills it from the panel.
    regionalGroup: (refused ? refused.regionalGroup : pledge.regionalGroup) ?? 'none',
    themes: [...(refused?.themes ?? pledge.themes)],
    sdgTargets: [...(refused?.sdgTargets ?? pledge.sdgTargets)],
    timeframe: refused?.timeframe ?? pledge.timeframe,
    // Chosen once, at submission: an edit keeps it.
    visibility: pledge.visibility,
    deliverables: (refused?.deliverables ?? pledge.deliverables).map((d) => ({ ...d })),
    partners: [...(refused?.partners ?? pledge.partners)],
  };
}

// ---------- text rules ----------

/** Counts what the server will store: the same cleaning rules, from shared/text. */
export function pledgeLength(text: string): number {
  return cleanText(text, true).length;
}

export function draftProblem(text: string): 'tooShort' | 'tooLong' | null {
  const n = pledgeLength(text);
  if (n < LIMITS.pledgeTextMin) return 'tooShort';
  if (n > LIMITS.pledgeTextMax) return 'tooLong';
  return null;
}

/** The 1-based number of the first deliverable that is started but not complete, or 0. */
export function incompleteDeliverable(draft: Pick<Draft, 'deliverables'>): number {
  const index = draft.deliverables.findIndex(
    (d) => (d.text.trim() || d.due) && (cleanText(d.text).length < 3 || cleanText(d.text).length > LIMITS.deliverableMax || !/^\d{4}-\d{2}-\d{2}$/.test(d.due)),
  );
  return index + 1;
}

/** What in the optional details stops a submit (the server would refuse it). */
export function detailsProblem(draft: Draft): 'dateMissing' | 'deliverableIncomplete' | null {
  if (draft.timeframe.kind === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(draft.timeframe.date)) return 'dateMissing';
  return incompleteDeliverable(draft) > 0 ? 'deliverableIncomplete' : null;
}

// ---------- what is sent and shown ----------

/**
 * Who this phone pledges as, with what the form starts from: a panelist (their organization and
 * groups from the schedule) or an audience member (the organization they gave; the server's
 * defaults for the groups).
 */
export function pledgerOf({ session, you }: Pick<ReturnType<typeof useSession.getState>, 'session' | 'you'>): Pledger | null {
  const panelist = session?.panelists.find((p) => p.id === you?.panelistId);
  if (panelist) {
    const { id, name, organization, stakeholderGroup, regionalGroup } = panelist;
    return { participantId: id, authorRole: 'panelist', presence: null, name, organization, stakeholderGroup, regionalGroup };
  }
  const member = you?.audience;
  if (!member) return null;
  const { id, presence, name, organization } = member;
  return { participantId: id, authorRole: 'audience', presence, name, organization, stakeholderGroup: 'Individual', regionalGroup: null };
}

export type Pledger = Pick<Pledge, 'participantId' | 'authorRole' | 'presence' | 'name' | 'organization' | 'stakeholderGroup' | 'regionalGroup'>;

const pledger = () => pledgerOf(useSession.getState());

/** The organization shown in the form: typed value, else the author's own. */
export function effectiveOrganization(draft: Draft): string {
  return draft.organization ?? pledger()?.organization ?? '';
}

/**
 * How the commitment is made: as chosen; else in a personal capacity, except for a panelist whose
 * seat has an organization, who must choose (null).
 */
export function effectiveCapacity(draft: Pick<Draft, 'capacity'>, me: Pledger | null = pledger()): Capacity | null {
  if (draft.capacity) return draft.capacity;
  return me?.authorRole === 'panelist' && me.organization.trim() ? null : 'individual';
}

/**
 * The stakeholder group shown in the form and sent: the chosen one, else a panelist's own, else
 * Individual in a personal capacity. An audience member speaking for an organization chooses it
 * (null until then): it is not assumed.
 */
export function effectiveStakeholderGroup(draft: Pick<Draft, 'stakeholderGroup' | 'capacity'>, me: Pledger | null = pledger()): StakeholderGroup | null {
  if (draft.stakeholderGroup) return draft.stakeholderGroup;
  if (me?.authorRole === 'panelist') return me.stakeholderGroup;
  return effectiveCapacity(draft, me) === 'organization' ? null : 'Individual';
}

/** The regional group shown in the form: the chosen one ("not specified" included), else the author's own. */
export function effectiveRegionalGroup(draft: Draft): RegionalGroup | null {
  if (draft.regionalGroup === 'none') return null;
  return draft.regionalGroup ?? pledger()?.regionalGroup ?? null;
}

/** Theme ids the session offers (the server refuses others); all of them while its list is unknown. */
function knownThemes(ids: string[]): string[] {
  const themes = useSession.getState().session?.themes;
  return Array.isArray(themes) ? ids.filter((id) => themes.some((x) => x.id === id)) : [...ids];
}

/**
 * What goes to the server: every field, with the defaults filled in and empty rows dropped; an
 * edit names the saved version it changes, a new pledge none.
 */
export function draftPayload(draft: Draft, id: string): PledgeContentInput & { id: string } {
  return {
    id,
    basedOn: draft.editing ? draft.basedOn : null,
    text: draft.text,
    // Never sent without a choice where one is needed (submitDraft, the form's capacityMissing).
    capacity: effectiveCapacity(draft) ?? 'individual',
    organization: effectiveOrganization(draft),
    // Without one where one is needed only from a phone that could not load the details' fields
    // (the form's groupNeeded asks for it otherwise): the server then counts Individual.
    stakeholderGroup: effectiveStakeholderGroup(draft) ?? undefined,
    regionalGroup: effectiveRegionalGroup(draft),
    themes: knownThemes(draft.themes),
    sdgTargets: [...draft.sdgTargets],
    timeframe: draft.timeframe.kind === 'date' ? { kind: 'date', date: draft.timeframe.date } : { kind: 'next-igf' },
    visibility: draft.visibility,
    deliverables: draft.deliverables
      .filter((d) => d.text.trim() || d.due)
      .map((d) => ({ text: d.text, due: d.due })),
    partners: draft.partners.filter((p) => p.trim()),
  };
}

/** The pledge as the wall will show it once saved: for the preview before submitting. */
export function previewPledge(draft: Draft, existing?: Pledge): Pledge {
  const { session } = useSession.getState();
  const me = pledger();
  const payload = draftPayload(draft, draft.id ?? existing?.id ?? '00000000-0000-4000-8000-000000000000');
  const organization =
    payload.capacity === 'organization' && !payload.organization ? (me?.organization ?? '') : (payload.organization ?? '');
  const now = Date.now();
  return {
    id: payload.id,
    sessionId: session?.id ?? '',
    participantId: me?.participantId ?? '',
    authorRole: me?.authorRole ?? 'panelist',
    presence: me?.presence ?? null,
    name: me?.name ?? '',
    organization: cleanText(organization),
    stakeholderGroup: payload.stakeholderGroup ?? 'Individual',
    capacity: payload.capacity,
    text: cleanText(payload.text, true),
    regionalGroup: payload.regionalGroup ?? null,
    themes: [...new Set(payload.themes)],
    sdgTargets: [...new Set(payload.sdgTargets)],
    timeframe: (payload.timeframe ?? { kind: 'next-igf' }) as Timeframe,
    visibility: payload.visibility ?? 'public',
    deliverables: (payload.deliverables ?? []).map((d) => ({ text: cleanText(d.text), due: d.due })),
    partners: [...new Set((payload.partners ?? []).map((p) => cleanText(p)))],
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    updatedBy: { role: 'author' },
    edits: existing?.edits ?? [],
    status: 'visible',
    rejectReason: null,
  };
}
