import type { HttpResult } from '../shared/http';
import type { ClientErrorCode } from './i18n';

export interface ClientHttpError {
  ok: false;
  /** HTTP status, 0 when the request never got an answer. */
  httpStatus: number;
  error: { code: ClientErrorCode | string; message: string };
}
export type ApiResult<T extends object> = (HttpResult<T> & { httpStatus: number }) | ClientHttpError;

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH';
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as is with its content type instead of JSON, e.g. a CSV file the user picked. */
  raw?: { contentType: string; text: string };
  token?: string;
  signal?: AbortSignal;
}

/** JSON request to our own API. Never throws: network failures become `{ ok:false, error:{code:'network'} }`. */
export async function api<T extends object>(path: string, options: RequestOptions = {}): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  let payload: string | undefined;
  if (options.raw) {
    headers['Content-Type'] = options.raw.contentType;
    payload = options.raw.text;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(options.body);
  }
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await fetch(path, { method: options.method ?? 'GET', headers, body: payload, signal: options.signal });
  } catch (err) {
    return { ok: false, httpStatus: 0, error: { code: 'network', message: String(err) } };
  }
  return readJson<T>(response);
}

/** An answer of our API as a result: its JSON body, else an error from its HTTP status. */
export async function readJson<T extends object>(response: Response): Promise<ApiResult<T>> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (typeof body === 'object' && body !== null && 'ok' in body) {
    return { ...(body as HttpResult<T>), httpStatus: response.status };
  }
  const code = response.status === 401 ? 'unauthorized' : response.status === 404 ? 'session_not_found' : 'internal';
  return { ok: false, httpStatus: response.status, error: { code, message: response.statusText } };
}

/** Join codes are typed by people: ignore case, spaces and dashes. */
export function normalizeJoinCode(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase();
}
