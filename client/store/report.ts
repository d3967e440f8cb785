/**
 * The rapporteur's report of a session. Opened with the moderator link's key (#key=…, kept for
 * this tab and taken out of the address bar, which a printed page would otherwise show) or, for an
 * organizer, with the admin token this tab already holds.
 */
import { create } from 'zustand';
import type { SessionReport } from '../../shared/http';
import { api } from '../api';
import { readItem, storageKeys, writeItem } from '../storage';

interface ReportState {
  status: 'loading' | 'ready' | 'error';
  /** `noKey` when the page has neither a moderator key nor an organizer token. */
  error: string | null;
  report: SessionReport | null;
}

export const useReport = create<ReportState>()(() => ({ status: 'loading', error: null, report: null }));

/** The credentials to try, best first: the moderator key from the link (or this tab), then the organizer's token. */
export function reportCredentials(sessionId: string): string[] {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('key');
  if (fromHash) {
    writeItem('session', storageKeys.modKey(sessionId), fromHash);
    history.replaceState(history.state, '', location.pathname + location.search);
  }
  const key = fromHash ?? readItem('session', storageKeys.modKey(sessionId));
  const admin = readItem('session', storageKeys.admin);
  return [...new Set([key, admin].filter((c): c is string => !!c))];
}

/**
 * Loads the report with the page's credentials, or with `adminToken` (pasted on the report's
 * sign-in form), which is then kept for this tab as the organizer pages keep it, once it worked.
 */
export function startReport(sessionId: string, adminToken?: string): () => void {
  useReport.setState({ status: 'loading', error: null, report: null });
  const abort = new AbortController();
  const credentials = adminToken ? [adminToken] : reportCredentials(sessionId);
  if (credentials.length === 0) {
    useReport.setState({ status: 'error', error: 'noKey' });
    return () => {};
  }
  void (async () => {
    let error = 'unauthorized';
    for (const token of credentials) {
      const res = await api<SessionReport>(`/api/sessions/${encodeURIComponent(sessionId)}/report`, { token, signal: abort.signal });
      if (abort.signal.aborted) return;
      if (res.ok) {
        if (adminToken) writeItem('session', storageKeys.admin, adminToken);
        const { ok: _ok, httpStatus: _http, ...report } = res;
        useReport.setState({ status: 'ready', report });
        return;
      }
      error = res.httpStatus === 401 ? 'unauthorized' : res.error.code;
      if (res.httpStatus !== 401) break;
    }
    useReport.setState({ status: 'error', error });
  })();
  return () => abort.abort();
}
