import { readJson, type ClientHttpError } from './api';

/**
 * Files for the organizer's pages: exports fetched with their bearer token, and files made in the
 * browser. Apart from api.ts, so the phone's pages do not load them.
 */

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
