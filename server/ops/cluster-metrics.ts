import cluster from 'node:cluster';
import { AggregatorRegistry, type Registry } from 'prom-client';

/**
 * Metrics under `start:cluster`. Workers share one port and a scrape reaches any of them, so the
 * one that gets it asks the primary, which gathers every worker's registries (prom-client's
 * AggregatorRegistry, over the cluster's IPC channel) and answers with their sum: counters and
 * gauges added up, readiness the lowest, event-loop lag averaged (process start time left out).
 */
const ASK = 'pledge-round:metrics-request';
const ANSWER = 'pledge-round:metrics-response';
const ANSWER_TIMEOUT_MS = 6000;

interface Ask {
  type: typeof ASK;
  id: number;
}
interface Answer {
  type: typeof ANSWER;
  id: number;
  text?: string;
  error?: string;
}

/** In the primary: answers the workers' requests for the whole cluster's metrics. */
export function serveClusterMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, msg: Partial<Ask>) => {
    if (msg?.type !== ASK || typeof msg.id !== 'number') return;
    const id = msg.id;
    aggregator.clusterMetrics().then(
      (text) => worker.send({ type: ANSWER, id, text } satisfies Answer),
      (err: unknown) => worker.send({ type: ANSWER, id, error: String(err) } satisfies Answer),
    );
  });
}

/** In a worker: offers `registries` to the primary's gathering, and returns how to read the whole cluster's metrics. */
export function clusterMetricsText(registries: Registry[]): () => Promise<string> {
  AggregatorRegistry.setRegistries(registries);
  // Making one is what starts a worker's answering of the primary's gathering requests.
  new AggregatorRegistry();
  const waiting = new Map<number, { resolve(text: string): void; reject(err: Error): void }>();
  let next = 0;
  process.on('message', (msg: Partial<Answer>) => {
    if (msg?.type !== ANSWER || typeof msg.id !== 'number') return;
    const request = waiting.get(msg.id);
    waiting.delete(msg.id);
    if (typeof msg.text === 'string') request?.resolve(msg.text);
    else request?.reject(new Error(`cluster metrics: ${msg.error ?? 'no answer'}`));
  });
  return () =>
    new Promise((resolve, reject) => {
      const id = next++;
      const timer = setTimeout(() => {
        waiting.delete(id);
        reject(new Error('cluster metrics: the primary did not answer'));
      }, ANSWER_TIMEOUT_MS);
      waiting.set(id, {
        resolve: (text) => (clearTimeout(timer), resolve(text)),
        reject: (err) => (clearTimeout(timer), reject(err)),
      });
      process.send?.({ type: ASK, id } satisfies Ask);
    });
}
