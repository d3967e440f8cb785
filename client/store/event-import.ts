import { create } from 'zustand';
import { LIMITS } from '../../shared/domain';
import type { CreatedSession, ImportProblem, ImportResponse, PlannedSession } from '../../shared/http';
import { api } from '../api';
import { signedOutBy, useOrganizer } from './organizer';

/**
 * Schedule import on an event's page: pick a CSV file (read in the browser), check it (dry run),
 * then import exactly the text that was checked. A file with any problem imports nothing.
 */

export interface ImportedSession extends Omit<PlannedSession, 'policyQuestions'> {
  created: CreatedSession;
}

type ImportRequest = Extract<ImportResponse, { ok: true }>;

interface ImportState {
  eventId: string | null;
  file: { name: string; size: number; text: string } | null;
  /** 'tooLarge' | 'unreadable' while picking the file. */
  fileError: 'tooLarge' | 'unreadable' | null;
  busy: 'checking' | 'importing' | null;
  /** The dry run's plan for the current file. */
  plan: PlannedSession[] | null;
  /** Rows the server refused (nothing was imported). */
  problems: ImportProblem[] | null;
  /** Any other failure, as an error code (with the server's detail for a malformed request). */
  error: string | null;
  errorDetail: string | null;
  /** Sessions created by the last import, with their moderator links (shown once). */
  imported: ImportedSession[] | null;
}

const initial = {
  file: null,
  fileError: null,
  busy: null,
  plan: null,
  problems: null,
  error: null,
  errorDetail: null,
} satisfies Partial<ImportState>;

export const useImport = create<ImportState>()(() => ({ eventId: null, imported: null, ...initial }));

const set = useImport.setState;

/** The import panel belongs to one event: opening another one starts clean. */
export function startImportFor(eventId: string): void {
  if (useImport.getState().eventId === eventId) return;
  set({ eventId, imported: null, ...initial });
}

export async function pickFile(file: File | null): Promise<void> {
  // Not while a request is out: an import's answer holds moderator links shown only once.
  if (useImport.getState().busy) return;
  set({ ...initial });
  if (!file) return;
  if (file.size > LIMITS.importBytesMax) {
    set({ fileError: 'tooLarge' });
    return;
  }
  try {
    const text = await file.text();
    set({ file: { name: file.name, size: file.size, text } });
  } catch {
    set({ fileError: 'unreadable' });
  }
}

async function send(eventId: string, dryRun: boolean): Promise<ImportRequest | null> {
  const { token } = useOrganizer.getState();
  const { file, busy } = useImport.getState();
  if (!token || !file || busy) return null;
  set({ busy: dryRun ? 'checking' : 'importing', problems: null, error: null, errorDetail: null });
  const res = await api<Omit<ImportRequest, 'ok'>>(
    `/api/events/${encodeURIComponent(eventId)}/import${dryRun ? '?dryRun=1' : ''}`,
    { method: 'POST', raw: { contentType: 'text/csv', text: file.text }, token },
  );
  // A dry run's answer about a file no longer shown is dropped; an import's never is (its
  // sessions exist now, and their moderator links are shown only once).
  if (dryRun && useImport.getState().file !== file) return null;
  set({ busy: null });
  if (signedOutBy(res.httpStatus)) return null;
  if (!res.ok) {
    const problems = 'problems' in res && Array.isArray(res.problems) ? (res.problems as ImportProblem[]) : null;
    set({
      plan: null,
      problems,
      error: problems ? null : res.error.code,
      errorDetail: !problems && res.error.code === 'invalid_payload' ? res.error.message : null,
    });
    return null;
  }
  return res;
}

/** Dry run: what the file would create, or every problem in it. */
export async function checkFile(eventId: string): Promise<void> {
  const res = await send(eventId, true);
  if (res) set({ plan: res.sessions });
}

/** Imports the checked file; resolves true when sessions were created. */
export async function importFile(eventId: string): Promise<boolean> {
  const res = await send(eventId, false);
  if (!res) return false;
  const imported = res.created.map((created, i) => ({
    code: res.sessions[i]?.code ?? '',
    title: res.sessions[i]?.title ?? '',
    speakers: res.sessions[i]?.speakers ?? 0,
    created,
  }));
  set({ ...initial, imported });
  return true;
}

export function dismissImported(): void {
  set({ imported: null });
}
