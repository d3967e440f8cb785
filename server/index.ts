/** Process wiring only: read the environment, build the app, listen, print the links, stop gracefully. */
import { readConfig } from './config';
import { createLogger } from './log';
import { onSignals } from './ops/shutdown';
import { announce, buildRuntime } from './runtime';

async function main() {
  const config = readConfig();
  const log = createLogger(config.logLevel, { pretty: config.logPretty });
  const runtime = await buildRuntime(config, log);
  const port = await runtime.app.listen(config.port, config.host);
  log.info(`Pledge Round listening on port ${port} (store: ${runtime.store.kind})`, { port, store: runtime.store.kind });
  await announce(config, runtime.store, runtime.app.publicUrl());
  onSignals(log, runtime.shutdown, config.shutdownDelayMs + config.shutdownTimeoutMs);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
