import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import { Router, type Request, type RequestHandler, type Response } from 'express';

/**
 * The built client (`vite build`): its files, each sent as the brotli or gzip copy the build made
 * beside it (`x.js.br`, `x.js.gz`, see scripts/lib/precompress.ts) when the browser accepts one,
 * so nothing is compressed per request; and `index.html` for every other address outside the API,
 * since the client routes on the path.
 *
 * Caching: the hashed files under `/assets/` never change (a year, immutable); `index.html` and
 * the service worker are checked on every load (no-cache), so a new release is picked up at once;
 * anything else for an hour.
 */

/** The client's pages and files; null when the folder holds no built client (the API runs without pages). */
export function clientPages(clientDir: string): Router | null {
  const files = new BuiltFiles(clientDir);
  if (!files.has('index.html')) return null;
  const router = Router();
  router.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const rel = relativePath(req.path);
    if (rel === null || rel === 'index.html' || !files.has(rel)) return next();
    sendBuilt(req, res, clientDir, rel, files, next);
  });
  // Single-page client: every other path is a page the client router knows (a missing asset is not a page).
  router.get(/^\/(?!api\/|socket\.io\/|assets\/).*/, (req, res, next) => sendBuilt(req, res, clientDir, 'index.html', files, next));
  return router;
}

/**
 * The API's answers compressed when large enough (compression's 1 KB threshold), brotli or gzip as
 * the caller accepts. An answer that is already encoded (the registry's gzipped JSON) is sent as it is.
 */
export function compressedResponses(): RequestHandler {
  return compression();
}

/** What is cached for how long (see above). */
function cacheControl(rel: string): string {
  if (rel.startsWith('assets/')) return 'public, max-age=31536000, immutable';
  if (rel === 'index.html' || rel === SERVICE_WORKER) return 'no-cache';
  return 'public, max-age=3600';
}

/** The service worker's file (vite-plugin-pwa's `filename`), at the root so its scope is the whole site. */
const SERVICE_WORKER = 'sw.js';

const ENCODINGS = [
  { name: 'br', ext: '.br' },
  { name: 'gzip', ext: '.gz' },
] as const;

function sendBuilt(req: Request, res: Response, dir: string, rel: string, files: BuiltFiles, next: (err?: unknown) => void): void {
  // Encodings the build made a copy in; brotli (the smaller) whenever the browser takes it: browsers
  // list gzip first at the same weight, so their order says nothing.
  const offered = ENCODINGS.filter((e) => files.has(rel + e.ext));
  const encoding = offered.find((e) => req.acceptsEncodings(e.name) === e.name);
  res.type(path.extname(rel));
  if (offered.length > 0) res.vary('Accept-Encoding');
  if (encoding) res.set('Content-Encoding', encoding.name);
  res.set('Cache-Control', cacheControl(rel));
  res.sendFile(rel + (encoding?.ext ?? ''), { root: dir, cacheControl: false, dotfiles: 'deny' }, (err) => {
    if (err && !res.headersSent) next(err);
  });
}

/** The request's path as a path inside the client folder; null for anything that could leave it or is hidden. */
function relativePath(urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const rel = path.posix.normalize(decoded).replace(/^\/+/, '');
  if (rel === '' || rel.startsWith('..') || rel.includes('\0') || rel.split('/').some((part) => part.startsWith('.'))) return null;
  return rel;
}

/**
 * The built client's files (paths relative to it, `/`-separated; dot-folders such as `.vite/` left
 * out), listed once at start; a file added later (a rebuild while the server runs) is found on disk.
 */
class BuiltFiles {
  private readonly known: Set<string>;
  constructor(private readonly dir: string) {
    this.known = listFiles(dir);
  }
  has(rel: string): boolean {
    if (this.known.has(rel)) return true;
    const full = path.join(this.dir, rel);
    if (!existsSync(full) || !statSync(full).isFile()) return false;
    this.known.add(rel);
    return true;
  }
}

function listFiles(dir: string): Set<string> {
  const found = new Set<string>();
  const walk = (sub: string) => {
    let names: string[];
    try {
      names = readdirSync(path.join(dir, sub));
    } catch {
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const rel = sub ? `${sub}/${name}` : name;
      if (statSync(path.join(dir, rel)).isDirectory()) walk(rel);
      else found.add(rel);
    }
  };
  walk('');
  return found;
}
