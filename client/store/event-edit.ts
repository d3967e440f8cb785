import { create } from 'zustand';
import type { EventInfo, UpdateEventInput } from '../../shared/schemas';
import { api } from '../api';
import { loadEvent, useEvent } from './event';
import { checkEventDetails, type EventDetails, type EventDetailsForm, type EventDetailsProblem } from './events';
import { signedOutBy, useOrganizer } from './organizer';

/** The "Edit details" form of an event's page: everything but the themes, which sessions and pledges refer to. */

interface EventEditState {
  /** The event whose form is open, or null when the summary shows. */
  editing: string | null;
  form: EventDetailsForm;
  saving: boolean;
  error: EventDetailsProblem | string | null;
  /** The server's explanation of an `invalid_payload`, or the bad part of the form (a language tag). */
  detail: string | null;
  /** The outcome of the last save, read out next to the summary. */
  outcome: 'saved' | 'unchanged' | null;
}

const formOf = (event: EventInfo): EventDetailsForm => ({
  name: event.name,
  startDate: event.startDate ?? '',
  endDate: event.endDate ?? '',
  languages: event.languages.join(', '),
  silentAfterMonths: String(event.silentAfterMonths),
});

export const useEventEdit = create<EventEditState>()(() => ({
  editing: null,
  form: { name: '', startDate: '', endDate: '', languages: '', silentAfterMonths: '' },
  saving: false,
  error: null,
  detail: null,
  outcome: null,
}));

const set = useEventEdit.setState;

/** Opens the form filled with the event as it is now. */
export function openEventEdit(event: EventInfo): void {
  set({ editing: event.id, form: formOf(event), saving: false, error: null, detail: null, outcome: null });
}

export function closeEventEdit(): void {
  set({ editing: null, saving: false, error: null, detail: null });
}

/** Leaving or switching events forgets the form and the last outcome. */
export function resetEventEdit(): void {
  set({ editing: null, saving: false, error: null, detail: null, outcome: null });
}

export function updateEventEdit(patch: Partial<EventDetailsForm>): void {
  set((s) => ({ form: { ...s.form, ...patch } }));
}

/** Only what differs, so a change made meanwhile by someone else to another field is kept. */
function changes(event: EventInfo, next: EventDetails): UpdateEventInput {
  const patch: UpdateEventInput = {};
  if (next.name !== event.name) patch.name = next.name;
  if (next.startDate !== event.startDate) patch.startDate = next.startDate;
  if (next.endDate !== event.endDate) patch.endDate = next.endDate;
  if (next.languages.join(' ') !== event.languages.join(' ')) patch.languages = next.languages;
  if (next.silentAfterMonths !== event.silentAfterMonths) patch.silentAfterMonths = next.silentAfterMonths;
  return patch;
}

/** Sends the changed details; on success the page's event is replaced by the server's answer and the form closes. */
export async function saveEventEdit(): Promise<void> {
  const { token } = useOrganizer.getState();
  const { editing, form } = useEventEdit.getState();
  const current = useEvent.getState().detail?.event;
  if (!token || !editing || current?.id !== editing) return;
  const checked = checkEventDetails(form);
  if (!checked.ok) {
    set({ error: checked.problem, detail: checked.detail ?? null });
    return;
  }
  const patch = changes(current, checked.input);
  if (Object.keys(patch).length === 0) {
    closeEventEdit();
    set({ outcome: 'unchanged' });
    return;
  }
  set({ saving: true, error: null, detail: null, outcome: null });
  const res = await api<{ event: EventInfo }>(`/api/events/${encodeURIComponent(editing)}`, { method: 'PATCH', body: patch, token });
  if (useEventEdit.getState().editing !== editing) return;
  set({ saving: false });
  if (signedOutBy(res.httpStatus)) return;
  if (!res.ok) {
    set({ error: res.error.code, detail: res.error.code === 'invalid_payload' ? res.error.message : null });
    // The event may have changed meanwhile (the usual reason a checked form is refused): show it as it is now.
    if (res.error.code === 'invalid_payload' || res.error.code === 'conflict') void loadEvent(editing);
    return;
  }
  useEvent.setState((s) => (s.detail && s.eventId === res.event.id ? { detail: { ...s.detail, event: res.event } } : {}));
  closeEventEdit();
  set({ outcome: 'saved' });
}
