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

async function readJson<T extends object>(response: Response): Promise<ApiResult<T>> {
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

export type DownloadResult = { ok: true; httpStatus: number; filename: string } | ClientHttpError;

/**
 * An authenticated file download (exports need the bearer token, so a plain link cannot fetch
 * them): fetch -> Blob -> object URL -> a temporary <a download>. The file name comes from the
 * answer's Content-Disposition, else `fallbackName`. Never throws.
 */
export async function download(path: string, token: string, fallbackName: string): Promise<DownloadResult> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { Authorization: `Bearer ${token}` } });
  } catch (err) {
    return { ok: false, httpStatus: 0, error: { code: 'network', message: String(err) } };
  }
  if (!response.ok) {
    const failed = await readJson<object>(response);
    return failed.ok ? { ok: false, httpStatus: response.status, error: { code: 'internal', message: response.statusText } } : failed;
  }
  let blob: Blob;
  try {
    blob = await response.blob();
  } catch (err) {
    return { ok: false, httpStatus: 0, error: { code: 'network', message: String(err) } };
  }
  const filename = filenameOf(response.headers.get('Content-Disposition')) ?? fallbackName;
  saveFile(blob, filename);
  return { ok: true, httpStatus: response.status, filename };
}

/** `attachment; filename="pledges-IGF-2025.csv"` (or RFC 5987 `filename*=UTF-8''…`) -> the file name. */
export function filenameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[1]!.trim());
    } catch {
      // fall through to the plain parameter
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/.exec(disposition);
  const name = plain ? (plain[1] ?? plain[2] ?? '').replace(/\\(.)/g, '$1').trim() : '';
  // Never let a server-sent name reach outside the downloads folder.
  return name ? name.replace(/[/\\]/g, '_') : null;
}

/** Hands a Blob made in the browser (or downloaded) to the user as a file. */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The click starts the download synchronously; revoke once the browser has taken the URL.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Join codes are typed by people: ignore case, spaces and dashes. */
export function normalizeJoinCode(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase();
}
