/**
 * The baseline of `npm run bench`: a minimal Socket.IO broadcast server. No app logic, no Redis,
 * no rooms: every connection gets one fixed `session:state` (the product's snapshot shape), and
 * every `pledge` a phone sends (a `session:deltas` frame as the product's walls get it for that
 * pledge version) is acknowledged and sent on to everyone with exactly one
 * `io.emit('session:deltas', payload)`.
 *
 * Env: PORT (default 0), BARE_PANELISTS (size of the snapshot, default 20).
 */
import { createServer } from 'node:http';
import { Server } from 'socket.io';
import { bareSnapshot } from './fixtures';

const snapshot = bareSnapshot('bare-session', Number(process.env.BARE_PANELISTS ?? 20));

const http = createServer((req, res) => {
  if (req.url === '/healthz') {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  } else {
    res.writeHead(404).end();
  }
});
// Same frame limit as the product; everything else Socket.IO's defaults.
const io = new Server(http, { serveClient: false, maxHttpBufferSize: 64 * 1024 });

io.on('connection', (socket) => {
  socket.emit('session:state', snapshot);
  socket.on('pledge', (payload: unknown, ack?: (r: { ok: true }) => void) => {
    io.emit('session:deltas', payload);
    if (typeof ack === 'function') ack({ ok: true });
  });
});

http.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const addr = http.address();
  console.log(`listening on port ${typeof addr === 'object' && addr ? addr.port : '?'}`);
});

const stop = () => io.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
