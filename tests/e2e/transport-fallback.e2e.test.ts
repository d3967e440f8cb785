import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { browserAndServer, openPage } from '../helpers/browser';
import type { Client } from '../helpers/clients';
import { pledgeFor, seatedPhone, setupSession } from '../helpers/round';

/**
 * Pages connect WebSocket-first. On a network whose proxy refuses WebSocket upgrades they fall
 * back to HTTP long-polling by themselves and work as before (a single server process, or several
 * behind a sticky load balancer, serves long-polling).
 */
describe('a network that blocks WebSocket', () => {
  const env = browserAndServer();
  const clients: Client[] = [];
  let proxy: Server;
  const upgrades: string[] = [];
  afterAll(async () => {
    clients.forEach((c) => c.close());
    await new Promise((resolve) => proxy?.close(resolve));
  });

  test('the wall falls back to long-polling and shows pledges live', async () => {
    // A proxy in front of the server that passes HTTP and refuses every upgrade.
    const target = new URL(env.server.url);
    proxy = createServer((req, res) => {
      const upstream = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
    });
    proxy.on('upgrade', (req, socket) => {
      upgrades.push(req.url ?? '');
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const via = `http://localhost:${(proxy.address() as AddressInfo).port}`;

    const { created, moderator, panelists } = await setupSession(env.server);
    clients.push(moderator);
    expect((await moderator.send('round:open', { prompt: 'One commitment, through the proxy.' })).ok).toBe(true);
    const errors: string[] = [];
    const wall = await openPage(env.browser, created.links.wall.replace(env.server.url, via), errors, { width: 1280, height: 720 });
    await wall.getByText('One commitment, through the proxy.').waitFor({ timeout: 15_000 });

    const { phone } = await seatedPhone(env.server.url, created.sessionId, panelists[0]!.id);
    clients.push(phone);
    expect(await phone.send('pledge:submit', pledgeFor('We will publish our audit through any proxy.'))).toMatchObject({ ok: true });
    await wall.getByTestId('wall-pledge-list').filter({ hasText: 'through any proxy' }).waitFor({ timeout: 5000 });

    // It tried WebSocket first, and now runs on long-polling.
    expect(upgrades.some((u) => u.includes('transport=websocket'))).toBe(true);
    const sockets = [...env.server.app.io.of('/').sockets.values()].filter((s) => s.data.principal.role === 'wall');
    expect(sockets.map((s) => s.conn.transport.name)).toEqual(['polling']);
    // The page's console may show the refused WebSocket; nothing else went wrong.
    expect(errors.filter((e) => !/WebSocket/i.test(e))).toEqual([]);
  }, 60_000);
});
