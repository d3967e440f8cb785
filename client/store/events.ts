import { create } from 'zustand';
import { DEFAULT_SILENT_AFTER_MONTHS, LANGUAGE_TAG, LIMITS, themeId } from '../../shared/domain';
import type { EventListItem } from '../../shared/http';
import type { CreateEventInput, EventInfo } from '../../shared/schemas';
import { api } from '../api';
import { standardThemeNames, themeLabelToSend } from '../themes';
import { signedOutBy, useOrganizer } from './organizer';

/** The organizer's list of events and the "create event" form on /organizer. */

export interface ThemeRow {
  /** Local key for React lists only. */
  key: number;
  label: string;
  /** The standard theme this row offers (its id), until the organizer changes its name. */
  standard?: string;
}

/** The fields an event keeps changeable after it is created (everything but its themes), as typed. */
export interface EventDetailsForm {
  name: string;
  startDate: string;
  endDate: string;
  /** As typed: "en, fr". */
  languages: string;
  /** As typed, so the field can be empty while editing. */
  silentAfterMonths: string;
}

export interface EventForm extends EventDetailsForm {
  themes: ThemeRow[];
  /** Whether the organizer changed the theme list: until then it is the standard list in the page's language. */
  themesEdited: boolean;
}

/** Checks of the details made before sending, each with its own message. */
export type EventDetailsProblem = 'needName' | 'endBeforeStart' | 'badLanguage' | 'tooManyLanguages' | 'badSilentMonths';
/** Checks of the create form; other failures are server error codes. */
export type EventFormProblem = EventDetailsProblem | 'needTheme' | 'duplicateTheme';

interface EventsState {
  events: EventListItem[] | null;
  loading: boolean;
  error: string | null;
  form: EventForm;
  creating: boolean;
  createError: EventFormProblem | string | null;
  /** The server's explanation of an `invalid_payload`, or the bad part of the form (a language tag, a theme). */
  createDetail: string | null;
}

let nextKey = 1;
const themeRow = (label = ''): ThemeRow => ({ key: nextKey++, label });
/** The standard themes in the page's language; each is sent as the standard theme while its name is unchanged. */
const standardThemes = (): ThemeRow[] => standardThemeNames().map(({ id, name }) => ({ ...themeRow(name), standard: id }));
const emptyForm = (): EventForm => ({
  name: '',
  startDate: '',
  endDate: '',
  themes: standardThemes(),
  themesEdited: false,
  languages: 'en',
  silentAfterMonths: String(DEFAULT_SILENT_AFTER_MONTHS),
});

export const useEvents = create<EventsState>()(() => ({
  events: null,
  loading: false,
  error: null,
  form: emptyForm(),
  creating: false,
  createError: null,
  createDetail: null,
}));

const set = useEvents.setState;

export async function loadEvents(): Promise<void> {
  const { token } = useOrganizer.getState();
  if (!token) return;
  set({ loading: true });
  const res = await api<{ events: EventListItem[] }>('/api/events', { token });
  set({ loading: false });
  if (signedOutBy(res.httpStatus)) return;
  if (!res.ok) {
    set({ error: res.error.code });
    return;
  }
  // Upcoming and recent events first; undated ones by creation.
  const events = [...res.events].sort(
    (a, b) => (b.startDate ?? '').localeCompare(a.startDate ?? '') || b.createdAt - a.createdAt,
  );
  set({ events, error: null });
}

// ---------- create event form ----------

export function updateEventForm(patch: Partial<EventDetailsForm>): void {
  set((s) => ({ form: { ...s.form, ...patch } }));
}

/** The theme list as the organizer changed it: it no longer follows the page's language. */
const editThemes = (edit: (rows: ThemeRow[]) => ThemeRow[]) => set((s) => ({ form: { ...s.form, themes: edit(s.form.themes), themesEdited: true } }));

export function updateTheme(key: number, label: string): void {
  editThemes((rows) => rows.map((r) => (r.key !== key ? r : r.standard && r.label.trim() === label.trim() ? { ...r, label } : { key: r.key, label })));
}

export function addTheme(): void {
  editThemes((rows) => [...rows, themeRow()]);
}

export function removeTheme(key: number): void {
  editThemes((rows) => {
    const rest = rows.filter((r) => r.key !== key);
    return rest.length ? rest : [themeRow()];
  });
}

/** The standard list again, in the page's language (and following it until changed). */
export function resetThemes(): void {
  set((s) => ({ form: { ...s.form, themes: standardThemes(), themesEdited: false } }));
}

/** The page's language changed (or its strings arrived): an unchanged standard list follows it. */
export function themesFollowLanguage(): void {
  if (!useEvents.getState().form.themesEdited) resetThemes();
}

/** "en, fr pt-BR" -> ["en", "fr", "pt-BR"] */
export const splitLanguages = (typed: string) => [...new Set(typed.split(/[\s,;]+/).filter(Boolean))];

type Problem<P> = { ok: false; problem: P; detail?: string };
export type EventDetails = Required<Omit<CreateEventInput, 'themes'>>;

/** The typed details as the API wants them (`createEventSchema`, `updateEventSchema`), or the first thing to fix. */
export function checkEventDetails(form: EventDetailsForm): { ok: true; input: EventDetails } | Problem<EventDetailsProblem> {
  const name = form.name.trim();
  if (!name) return { ok: false, problem: 'needName' };
  if (form.startDate && form.endDate && form.endDate < form.startDate) return { ok: false, problem: 'endBeforeStart' };
  const languages = splitLanguages(form.languages);
  const bad = languages.find((l) => !LANGUAGE_TAG.test(l));
  if (bad) return { ok: false, problem: 'badLanguage', detail: bad };
  if (languages.length > LIMITS.languagesMax) return { ok: false, problem: 'tooManyLanguages', detail: String(LIMITS.languagesMax) };
  const months = Number(form.silentAfterMonths);
  if (!Number.isInteger(months) || months < 1 || months > 24) return { ok: false, problem: 'badSilentMonths' };
  return {
    ok: true,
    input: {
      name,
      startDate: form.startDate || null,
      endDate: form.endDate || null,
      languages: languages.length ? languages : ['en'],
      silentAfterMonths: months,
    },
  };
}

/** The form as the API's `createEventSchema` wants it, or the first thing to fix. */
export function checkEventForm(form: EventForm): { ok: true; input: CreateEventInput } | Problem<EventFormProblem> {
  const details = checkEventDetails(form);
  if (!details.ok) return details;
  const labels = form.themes.map((r) => themeLabelToSend(r.label.trim(), r.standard)).filter(Boolean);
  if (labels.length === 0 || labels.every((l) => themeId(l) === '')) return { ok: false, problem: 'needTheme' };
  const seen = new Map<string, string>();
  for (const label of labels) {
    const id = themeId(label);
    const earlier = seen.get(id);
    if (earlier !== undefined) return { ok: false, problem: 'duplicateTheme', detail: `${earlier} / ${label}` };
    seen.set(id, label);
  }
  return { ok: true, input: { ...details.input, themes: labels } };
}

/** Creates the event of the form; resolves with it (the view then opens its page), or null. */
export async function createEvent(): Promise<EventInfo | null> {
  const { token } = useOrganizer.getState();
  if (!token) return null;
  const checked = checkEventForm(useEvents.getState().form);
  if (!checked.ok) {
    set({ createError: checked.problem, createDetail: checked.detail ?? null });
    return null;
  }
  set({ creating: true, createError: null, createDetail: null });
  const res = await api<{ event: EventInfo }>('/api/events', { method: 'POST', body: checked.input, token });
  set({ creating: false });
  if (signedOutBy(res.httpStatus)) return null;
  if (!res.ok) {
    set({ createError: res.error.code, createDetail: res.error.code === 'invalid_payload' ? res.error.message : null });
    return null;
  }
  set({ form: emptyForm() });
  void loadEvents();
  return res.event;
}
