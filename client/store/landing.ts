import { create } from 'zustand';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../../shared/domain';
import type { JoinLookup } from '../../shared/http';
import { routes } from '../../shared/http';
import { api, normalizeJoinCode } from '../api';
import { navigate } from '../navigate';

interface LandingState {
  code: string;
  checking: boolean;
  /** 'invalid' (format) or an error code from the API. */
  error: string | null;
}

export const useLanding = create<LandingState>()(() => ({ code: '', checking: false, error: null }));

const codePattern = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

export function setCode(code: string): void {
  useLanding.setState({ code, error: null });
}

export async function submitCode(): Promise<void> {
  const code = normalizeJoinCode(useLanding.getState().code);
  if (!codePattern.test(code)) {
    useLanding.setState({ error: 'invalid' });
    return;
  }
  useLanding.setState({ checking: true, error: null });
  const res = await api<JoinLookup>(`/api/join/${encodeURIComponent(code)}`);
  useLanding.setState({ checking: false });
  if (!res.ok) {
    const notFound = res.httpStatus === 404 || res.httpStatus === 400;
    useLanding.setState({ error: notFound ? 'session_not_found' : res.error.code });
    return;
  }
  navigate(routes.join(code));
}
