import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { CLIENT_DIR, ensureClientBuilt } from '../helpers/browser';
import { ADMIN_TOKEN, createEvent, startServer, type TestServer } from '../helpers/server';

/**
 * How the server sends the built client and the API's answers: the build's brotli or gzip copy
 * of each file (brotli whenever the browser takes it), never compressed again; hashed assets
 * cached for a year, the page and the service worker checked on every load; large API answers
 * compressed, the registry's ready-gzipped answer sent exactly once compressed.
 */
let server: TestServer;

beforeAll(async () => {
  server = await startServer({ store: 'memory', clientDir: ensureClientBuilt() });
}, 120_000);
afterAll(() => server?.close());

/** One raw request (no automatic decompression), as a browser sending `accept-encoding` makes it. */
function get(urlPath: string, acceptEncoding?: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${server.url}${urlPath}`, { headers: { ...headers, ...(acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }) } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

const decoded = (r: { headers: http.IncomingHttpHeaders; body: Buffer }) =>
  r.headers['content-encoding'] === 'br' ? brotliDecompressSync(r.body) : r.headers['content-encoding'] === 'gzip' ? gunzipSync(r.body) : r.body;

test('a script goes out as its brotli copy when the browser takes brotli (listed after gzip, as browsers do), else gzip, else as it is', async () => {
  const script = readdirSync(path.join(CLIENT_DIR, 'assets')).find((f) => /^index-.*\.js$/.test(f))!;
  const original = readFileSync(path.join(CLIENT_DIR, 'assets', script));
  const br = await get(`/assets/${script}`, 'gzip, deflate, br, zstd');
  expect(br.headers['content-encoding']).toBe('br');
  expect(br.body.length).toBe(readFileSync(path.join(CLIENT_DIR, 'assets', `${script}.br`)).length);
  expect(br.body.length).toBeLessThan(original.length / 3);
  const gz = await get(`/assets/${script}`, 'gzip');
  expect(gz.headers['content-encoding']).toBe('gzip');
  const plain = await get(`/assets/${script}`);
  expect(plain.headers['content-encoding']).toBeUndefined();
  for (const r of [br, gz, plain]) {
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/javascript/);
    expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(r.headers.vary).toMatch(/Accept-Encoding/);
    expect(decoded(r).equals(original)).toBe(true);
  }
  // Refused brotli (q=0) falls back to gzip.
  expect((await get(`/assets/${script}`, 'br;q=0, gzip')).headers['content-encoding']).toBe('gzip');
});

test('the page (at any of the client routes) and the service worker are checked on every load; the build manifest is not served', async () => {
  const page = await get('/j/ABCD23', 'gzip, deflate, br');
  expect(page.status).toBe(200);
  expect(page.headers['content-type']).toMatch(/^text\/html/);
  expect(page.headers['cache-control']).toBe('no-cache');
  expect(decoded(page).toString()).toBe(readFileSync(path.join(CLIENT_DIR, 'index.html'), 'utf8'));
  const sw = await get('/sw.js', 'br');
  expect(sw.status).toBe(200);
  expect(sw.headers['cache-control']).toBe('no-cache');
  expect(decoded(sw).toString()).toContain('precacheAndRoute');
  // The service worker's scripts are allowed by the page's policy (same origin).
  expect(sw.headers['content-security-policy']).toMatch(/script-src 'self'/);
  const manifest = await get('/.vite/manifest.json');
  expect(decoded(manifest).toString()).not.toContain('"isEntry"');
  expect((await get('/assets/missing-0000.js')).status).toBe(404);
});

test('large API answers are compressed; the registry, gzipped once when computed, is not compressed again', async () => {
  const event = await createEvent(server.url, { name: 'IGF 2025', themes: Array.from({ length: 30 }, (_, i) => `A long theme name number ${i}`) });
  const registry = await get(`/api/events/${event.id}/registry`, 'gzip, deflate, br');
  expect(registry.headers['content-encoding']).toBe('gzip');
  expect(JSON.parse(gunzipSync(registry.body).toString())).toMatchObject({ ok: true, event: { id: event.id } });
  // An organizer's view of the event (over 1 KB with its themes): brotli, per request.
  const detail = await get(`/api/events/${event.id}`, 'gzip, deflate, br', { authorization: `Bearer ${ADMIN_TOKEN}` });
  expect(detail.status).toBe(200);
  expect(detail.headers['content-encoding']).toBe('br');
  expect(JSON.parse(decoded(detail).toString())).toMatchObject({ ok: true });
  // A small answer is sent as it is.
  const small = await get('/api/join/ZZZZZZ', 'gzip, deflate, br');
  expect(small.headers['content-encoding']).toBeUndefined();
});
