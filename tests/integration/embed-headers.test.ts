import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readConfig, readEmbedAncestors } from '../../server/config';
import { startServer, type TestServer } from '../helpers/server';

/**
 * Who may frame which page: the embeddable view (/embed/*) carries
 * `Content-Security-Policy: frame-ancestors <EMBED_ANCESTORS>` ('none' by default) and no
 * X-Frame-Options; every other page and response keeps frame-ancestors 'none' and
 * X-Frame-Options: DENY, whatever EMBED_ANCESTORS says.
 */

const PAGES = ['/', '/s/abc/wall', '/s/abc/wall?view=ticker', '/s/abc/moderate', '/j/ABC123', '/embedded', '/healthz', '/api/join/ABC123'];
const EMBEDS = ['/embed/abc', '/embed/abc?viewer=1'];

/** The frame-ancestors sources of a response, and its X-Frame-Options. */
async function framing(url: string): Promise<{ ancestors: string | null; xfo: string | null; status: number }> {
  const res = await fetch(url);
  await res.arrayBuffer();
  const csp = res.headers.get('content-security-policy') ?? '';
  const directive = csp
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith('frame-ancestors '));
  return { ancestors: directive ? directive.slice('frame-ancestors '.length) : null, xfo: res.headers.get('x-frame-options'), status: res.status };
}

describe('embed page headers', () => {
  let clientDir: string;
  const servers: TestServer[] = [];
  beforeAll(() => {
    // A stand-in for the built client: the server serves index.html for every page route.
    clientDir = mkdtempSync(path.join(tmpdir(), 'embed-client-'));
    writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>client</title>');
  });
  afterAll(async () => {
    for (const s of servers) await s.close();
    rmSync(clientDir, { recursive: true, force: true });
  });
  const start = async (opts: Parameters<typeof startServer>[0] = {}) => {
    const server = await startServer({ store: 'memory', clientDir, ...opts });
    servers.push(server);
    return server;
  };

  test("by default no site may frame anything: frame-ancestors 'none' on the embed page too", async () => {
    const server = await start();
    for (const page of EMBEDS) expect([page, await framing(server.url + page)]).toEqual([page, { ancestors: "'none'", xfo: null, status: 200 }]);
    for (const page of PAGES) {
      const got = await framing(server.url + page);
      expect([page, got.ancestors, got.xfo]).toEqual([page, "'none'", 'DENY']);
    }
  });

  test('configured origins may frame /embed/* and nothing else', async () => {
    const server = await start({ app: { embedAncestors: ['https://www.intgovforum.org', 'https://*.example.org'] } });
    for (const page of EMBEDS) {
      expect([page, await framing(server.url + page)]).toEqual([page, { ancestors: 'https://www.intgovforum.org https://*.example.org', xfo: null, status: 200 }]);
    }
    for (const page of PAGES) {
      const got = await framing(server.url + page);
      expect([page, got.ancestors, got.xfo]).toEqual([page, "'none'", 'DENY']);
    }
  });

  test('EMBED_ANCESTORS in the environment is what a server started without the option uses', async () => {
    const before = process.env.EMBED_ANCESTORS;
    process.env.EMBED_ANCESTORS = 'https://events.example.net  http://localhost:8080/';
    try {
      const server = await start();
      expect((await framing(`${server.url}/embed/abc`)).ancestors).toBe('https://events.example.net http://localhost:8080');
      expect((await framing(`${server.url}/s/abc/wall`)).ancestors).toBe("'none'");
    } finally {
      if (before === undefined) delete process.env.EMBED_ANCESTORS;
      else process.env.EMBED_ANCESTORS = before;
    }
  });

  test('the configuration reads a space-separated list and refuses what is not a source', () => {
    expect(readConfig({}, []).embedAncestors).toEqual(["'none'"]);
    expect(readConfig({ EMBED_ANCESTORS: '' }, []).embedAncestors).toEqual(["'none'"]);
    expect(readConfig({ EMBED_ANCESTORS: "'none'" }, []).embedAncestors).toEqual(["'none'"]);
    expect(readEmbedAncestors(' https://a.example.org\thttps://b.example.org:8443 ')).toEqual(['https://a.example.org', 'https://b.example.org:8443']);
    expect(readEmbedAncestors("'self' https://*.example.org")).toEqual(["'self'", 'https://*.example.org']);
    // A semicolon would start a directive of its own; paths, quotes and 'none' beside origins are refused too.
    for (const bad of ["https://a.example.org; script-src 'unsafe-inline'", 'https://a.example.org/page', '"https://a.example.org"', "'none' https://a.example.org", "'unsafe-inline'"]) {
      expect(() => readConfig({ EMBED_ANCESTORS: bad }, [])).toThrow(/EMBED_ANCESTORS/);
    }
  });
});
