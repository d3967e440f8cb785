import { create } from 'zustand';
import type { Pledge, RequestPhones, SeatRequest } from '../../shared/schemas';
import { emitWithAck } from '../socket';
import { clearError, run } from './moderator-state';
import { upsertPledge } from './session';

/**
 * The moderation queue and the admission requests. A pledge from an acknowledgement is applied at
 * once (no seq: it never blocks the broadcast that follows), so the console moves on without
 * waiting for the round trip to the other readers.
 */
function take(res: { ok: true; pledge: Pledge } | { ok: false } | null): boolean {
  if (!res?.ok) return false;
  upsertPledge(res.pledge);
  return true;
}

/**
 * Approves the version of the pledge the moderator read. When its author changed it meanwhile
 * nothing is approved and the new version is shown in its place, to be read first.
 */
export async function approvePledge(pledge: Pledge): Promise<boolean> {
  const res = await run(`approve:${pledge.id}`, (s) => emitWithAck(s, 'pledge:approve', { pledgeId: pledge.id, basedOn: pledge.updatedAt }));
  if (res && !res.ok && res.error.code === 'pledge_changed' && 'current' in res.error && res.error.current) upsertPledge(res.error.current);
  return take(res);
}

/** The reason is shown to the pledge's author. */
export async function rejectPledge(pledgeId: string, reason: string): Promise<boolean> {
  return take(await run(`reject:${pledgeId}`, (s) => emitWithAck(s, 'pledge:reject', { pledgeId, reason })));
}

export async function hidePledge(pledgeId: string): Promise<boolean> {
  return take(await run(`hide:${pledgeId}`, (s) => emitWithAck(s, 'pledge:hide', { pledgeId })));
}

export async function unhidePledge(pledgeId: string): Promise<boolean> {
  return take(await run(`unhide:${pledgeId}`, (s) => emitWithAck(s, 'pledge:unhide', { pledgeId })));
}

export type FixOutcome = { state: 'saved' } | { state: 'changed'; current: Pledge } | { state: 'failed' };

/**
 * Corrects a pledge's text. `basedOn` is the `updatedAt` of the version the moderator corrected:
 * when the pledge changed meanwhile nothing is saved and the stored version comes back instead.
 */
export async function fixPledge(pledgeId: string, text: string, basedOn: number): Promise<FixOutcome> {
  const res = await run(`fix:${pledgeId}`, (s) => emitWithAck(s, 'pledge:fix', { pledgeId, text, basedOn }));
  if (take(res)) return { state: 'saved' };
  if (res && !res.ok && res.error.code === 'pledge_changed' && 'current' in res.error && res.error.current) {
    upsertPledge(res.error.current);
    return { state: 'changed', current: res.error.current };
  }
  return { state: 'failed' };
}

/**
 * Shows the waiting pledges on screen, each in the version shown; one changed meanwhile (or a
 * new one) stays in the queue. Answers how many were approved and skipped (null on failure).
 */
export async function approveAll(queue: Pledge[]): Promise<{ approved: number; skipped: number } | null> {
  if (queue.length === 0) return { approved: 0, skipped: 0 };
  const pledges = queue.map((p) => ({ pledgeId: p.id, basedOn: p.updatedAt }));
  const res = await run('approve-all', (s) => emitWithAck(s, 'pledge:approve-all', { pledges }));
  return res?.ok ? { approved: res.approved, skipped: res.skipped } : null;
}

export async function admit(requestId: string): Promise<void> {
  await run(`admit:${requestId}`, (s) => emitWithAck(s, 'seat:admit', { requestId }));
}

export async function refuse(requestId: string): Promise<void> {
  await run(`refuse:${requestId}`, (s) => emitWithAck(s, 'seat:refuse', { requestId }));
}

/** Whether each waiting request's phone is connected, as the server last said (see RequestPhones). */
export const useRequestPhones = create<Record<string, boolean>>()(() => ({}));

/** A request the server has said nothing of yet was just made by its phone: connected. */
export const requestPhoneConnected = (phones: Record<string, boolean>, requestId: string): boolean => phones[requestId] ?? true;

export function takeRequestPhones({ connected, complete }: RequestPhones): void {
  useRequestPhones.setState((s) => (complete ? connected : { ...s, ...connected }), true);
}

/** A request asked again (after an answer) was asked by a connected phone, whatever was said of it before. */
export function forgetAskedAgain(before: SeatRequest[], after: SeatRequest[]): void {
  const was = new Map(before.map((r) => [r.id, r.state]));
  const asked = after.filter((r) => r.state === 'pending' && was.has(r.id) && was.get(r.id) !== 'pending').map((r) => r.id);
  if (asked.length === 0) return;
  useRequestPhones.setState((s) => Object.fromEntries(Object.entries(s).filter(([id]) => !asked.includes(id))), true);
}

/**
 * A pledge's open form in the console: a typo being fixed (with the version it started from, and
 * the stored version when that changed meanwhile) or a reason being written. Kept by pledge id, so
 * a form survives the pledge moving between the queue and the list.
 */
export type PledgeForm =
  | { kind: 'fix'; text: string; basedOn: number; current: Pledge | null }
  | { kind: 'reject'; reason: string; missing: boolean };

export const usePledgeForms = create<Record<string, PledgeForm>>()(() => ({}));

const setForm = (pledgeId: string, form: PledgeForm | null) =>
  usePledgeForms.setState((s) => {
    const { [pledgeId]: _old, ...rest } = s;
    return form ? { ...rest, [pledgeId]: form } : rest;
  }, true);

export function resetForms(): void {
  usePledgeForms.setState({}, true);
  useRequestPhones.setState({}, true);
}

export function startFix(pledge: Pledge): void {
  setForm(pledge.id, { kind: 'fix', text: pledge.text, basedOn: pledge.updatedAt, current: null });
}

export function startReject(pledgeId: string): void {
  setForm(pledgeId, { kind: 'reject', reason: '', missing: false });
}

export function closeForm(pledgeId: string): void {
  setForm(pledgeId, null);
  clearError(`fix:${pledgeId}`);
  clearError(`reject:${pledgeId}`);
}

/** Types into the open form (the corrected text, or the reason). */
export function typeInForm(pledgeId: string, value: string): void {
  const form = usePledgeForms.getState()[pledgeId];
  if (form?.kind === 'fix') setForm(pledgeId, { ...form, text: value });
  if (form?.kind === 'reject') setForm(pledgeId, { ...form, reason: value, missing: false });
}

/** Starts the correction again from the version stored now. */
export function redoFix(pledgeId: string): void {
  const form = usePledgeForms.getState()[pledgeId];
  if (form?.kind === 'fix' && form.current) startFix(form.current);
}

export async function saveFix(pledgeId: string): Promise<void> {
  const form = usePledgeForms.getState()[pledgeId];
  if (form?.kind !== 'fix') return;
  const outcome = await fixPledge(pledgeId, form.text, form.basedOn);
  if (outcome.state === 'saved') closeForm(pledgeId);
  else if (outcome.state === 'changed') setForm(pledgeId, { ...form, current: outcome.current });
}

/** Rejects with the reason typed; without one, says it is missing. */
export async function sendReject(pledgeId: string): Promise<void> {
  const form = usePledgeForms.getState()[pledgeId];
  if (form?.kind !== 'reject') return;
  const reason = form.reason.trim();
  if (!reason) {
    setForm(pledgeId, { ...form, missing: true });
    return;
  }
  if (await rejectPledge(pledgeId, reason)) closeForm(pledgeId);
}
