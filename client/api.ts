import type { HttpResult } from '../shared/http';
import type { ClientErrorCode } from './i18n';

export interface ClientHttpError {
  ok: false;
  /** HTTP status, 0 when the request never got an answer. */
  status: number;
  error: { code: ClientErrorCode | string; message: string };
}
export type ApiResult<T extends object> = (HttpResult<T> & { status: number }) | ClientHttpError;

interface RequestOptions {
  method?: 'GET' | 'POST';
  body?: unknown;
  token?: string;
  signal?: AbortSignal;
}

/** JSON request to our own API. Never throws: network failures become `{ ok:false, error:{code:'network'} }`. */
export async function api<T extends object>(path: string, options: RequestOptions = {}): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (err) {
    return { ok: false, status: 0, error: { code: 'network', message: String(err) } };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (typeof body === 'object' && body !== null && 'ok' in body) {
    return { ...(body as HttpResult<T>), status: response.status };
  }
  const code = response.status === 401 ? 'unauthorized' : response.status === 404 ? 'session_not_found' : 'internal';
  return { ok: false, status: response.status, error: { code, message: response.statusText } };
}

/** Join codes are typed by people: ignore case, spaces and dashes. */
export function normalizeJoinCode(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase();
}
