import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP balancer in front of several servers, as a load balancer without health checks does it:
 * each new connection goes to the first server that accepts it, so once one stops listening
 * (shutting down) clients that reconnect land on the next. Established connections are relayed
 * until either side closes, each way `latencyMs` late (a distant Redis, say).
 */
export class Failover {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  /** Which server took each connection, by its position in `ports`. */
  readonly routed: number[] = [];
  port = 0;

  constructor(
    private readonly ports: number[],
    private readonly options: { latencyMs?: number } = {},
  ) {}

  get url() {
    return `http://localhost:${this.port}`;
  }

  async start(): Promise<number> {
    this.server = createServer((client) => {
      client.pause();
      this.track(client);
      this.relay(client, 0);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const addr = this.server.address();
    this.port = typeof addr === 'object' && addr ? addr.port : 0;
    return this.port;
  }

  private track(s: Socket) {
    this.sockets.add(s);
    s.on('close', () => this.sockets.delete(s));
    s.on('error', () => s.destroy());
  }

  private relay(client: Socket, at: number) {
    const upstream = connect(this.ports[at]!, '127.0.0.1');
    let open = false;
    upstream.once('connect', () => {
      open = true;
      this.track(upstream);
      this.routed.push(at);
      forward(client, upstream, this.options.latencyMs ?? 0);
      forward(upstream, client, this.options.latencyMs ?? 0);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
      client.resume();
    });
    upstream.once('error', () => {
      if (open) return;
      upstream.destroy();
      if (at + 1 < this.ports.length && !client.destroyed) this.relay(client, at + 1);
      else client.destroy();
    });
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** Everything `from` sends goes to `to`, `ms` later, in order. */
function forward(from: Socket, to: Socket, ms: number): void {
  if (ms === 0) {
    from.pipe(to);
    return;
  }
  from.on('data', (chunk) => setTimeout(() => !to.destroyed && to.write(chunk), ms));
  from.on('end', () => setTimeout(() => !to.destroyed && to.end(), ms));
}
