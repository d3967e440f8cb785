import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A TCP relay between test clients and the server, so a test can cut the network: `cut()` drops
 * every connection and refuses new ones (a phone losing the venue Wi-Fi), `restore()` lets
 * connections through again. `silence()` makes the connections open now carry nothing more, either
 * way, without closing them or telling either end (a link gone dead without a word); new
 * connections pass. `slowUpstream(ms)` delivers what the connections open now send this much later,
 * in order, while what comes back flows at once (a server slow to answer that still talks).
 */
export class NetworkCut {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private readonly pairs = new Set<{ client: Socket; upstream: Socket; silent: boolean }>();
  port = 0;

  constructor(private readonly targetPort: number) {}

  async start(port = 0): Promise<number> {
    this.server = createServer((client) => {
      const upstream = connect(this.targetPort, '127.0.0.1');
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      const pair = { client, upstream, silent: false };
      this.pairs.add(pair);
      client.pipe(upstream).pipe(client);
      // A silent link tells neither end that the other went.
      client.on('close', () => (pair.silent ? undefined : upstream.destroy()));
      upstream.on('close', () => (pair.silent ? undefined : client.destroy()));
      client.on('close', () => this.pairs.delete(pair));
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    const addr = this.server.address();
    this.port = typeof addr === 'object' && addr ? addr.port : port;
    return this.port;
  }

  get url() {
    return `http://localhost:${this.port}`;
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const s of this.sockets) s.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  silence(): void {
    for (const pair of this.pairs) {
      pair.silent = true;
      pair.client.unpipe(pair.upstream);
      pair.upstream.unpipe(pair.client);
      pair.client.pause();
      pair.upstream.pause();
    }
  }

  /** Returns the way back to no delay; what was sent before still arrives first. */
  slowUpstream(ms: number): () => void {
    let delay = ms;
    for (const pair of this.pairs) {
      const queue: { at: number; chunk: Buffer }[] = [];
      const drain = () => {
        while (queue.length && queue[0]!.at <= Date.now()) pair.upstream.write(queue.shift()!.chunk);
        if (queue.length) setTimeout(drain, queue[0]!.at - Date.now());
      };
      pair.client.unpipe(pair.upstream);
      pair.client.on('data', (chunk: Buffer) => {
        queue.push({ at: Date.now() + delay, chunk });
        if (queue.length === 1) setTimeout(drain, delay);
      });
      pair.client.resume(); // unpipe() paused it
    }
    return () => (delay = 0);
  }

  async restore(): Promise<void> {
    await this.start(this.port);
  }

  async close(): Promise<void> {
    await this.cut();
  }
}
