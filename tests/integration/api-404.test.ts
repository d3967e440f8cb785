import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serverSuite } from '../helpers/server';

/**
 * Addresses outside the client's pages never get the client's page: an unknown API address is a
 * JSON 404, a known one asked with the wrong method a JSON 405, and the operator's endpoints answer
 * in their own formats.
 */
describe('unknown addresses', () => {
  const clientDir = mkdtempSync(path.join(tmpdir(), 'pledge-client-'));
  writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>Pledge Round</title>');
  const ctx = serverSuite({ store: 'memory', clientDir });
  afterAll(() => rmSync(clientDir, { recursive: true, force: true }));

  const get = (p: string, init?: RequestInit) => fetch(ctx.server.url + p, init);

  test('an unknown /api address is a JSON 404 in the API error shape, whatever the method', async () => {
    for (const [method, p] of [
      ['GET', '/api/nope'],
      ['GET', '/api'],
      ['GET', '/api/sessions/abc/nothing-here'],
      ['POST', '/api/nope'],
      ['GET', '/api/nope?key=whatever#fragment'],
    ] as const) {
      const res = await get(p, { method });
      expect([method, p, res.status]).toEqual([method, p, 404]);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await res.json()).toEqual({ ok: false, error: { code: 'not_found', message: expect.any(String) } });
    }
  });

  test('a known /api address asked with another method is a 405 naming the methods it takes', async () => {
    const res = await get('/api/sessions', { method: 'DELETE' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, POST');
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'method_not_allowed' } });
    const event = await get('/api/events/some-event', { method: 'PUT' });
    expect(event.status).toBe(405);
    expect(event.headers.get('allow')).toBe('GET, HEAD, PATCH');
  });

  test('a route that exists still answers its own errors', async () => {
    const res = await get('/api/join/ZZZZZZ');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'session_not_found' } });
  });

  test('/metrics, /readyz and /healthz never serve the page; other methods there are a JSON 405', async () => {
    const metrics = await get('/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(await metrics.text()).toMatch(/^# HELP /);
    const ready = await get('/readyz');
    expect(await ready.json()).toEqual({ ready: true });
    expect(await (await get('/healthz')).json()).toEqual({ ok: true, store: 'memory' });
    for (const p of ['/metrics', '/readyz', '/healthz']) {
      const res = await get(p, { method: 'POST' });
      expect([p, res.status, res.headers.get('allow')]).toEqual([p, 405, 'GET, HEAD']);
      expect(await res.json()).toMatchObject({ ok: false, error: { code: 'method_not_allowed' } });
    }
  });

  test('the client\'s own routes still get the page', async () => {
    const res = await get('/s/some-session/wall');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Pledge Round</title>');
  });
});
