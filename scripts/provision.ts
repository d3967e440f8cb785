/**
 * `npm run provision` (the first step of `npm test`): makes sure Chromium and redis-server are
 * there. On Debian or Ubuntu as root it installs what is missing with apt-get; anywhere else it
 * prints the exact command for this system and exits non-zero. One line when nothing is missing.
 */
import { spawnSync } from 'node:child_process';
import { missingMessage, missingNeeds, planProvision, probeSystem, systemFamily } from './lib/provision';

function apt(args: string[]): void {
  const run = spawnSync('apt-get', args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (run.status !== 0) {
    console.error(`provision: apt-get ${args.join(' ')} failed (exit ${run.status ?? run.signal}).`);
    process.exit(1);
  }
}

const plan = planProvision(probeSystem());
switch (plan.kind) {
  case 'ready':
    console.log(`provision: ${plan.summary}`);
    break;
  case 'install': {
    console.log(`provision: installing ${plan.packages.join(' ')} with apt-get`);
    apt(['update', '-qq']);
    apt(['install', '-y', '-qq', ...plan.packages]);
    const after = probeSystem();
    const done = planProvision(after);
    if (done.kind !== 'ready') {
      const still = missingNeeds(after);
      console.error(`provision: ${missingMessage(systemFamily(after.platform, after.osRelease), still, after.uid === 0)}`);
      process.exit(1);
    }
    console.log(`provision: ${done.summary}`);
    break;
  }
  case 'instruct':
    console.error(`provision: ${plan.message}`);
    process.exit(1);
  default: {
    const never: never = plan;
    throw new Error(`unknown plan ${JSON.stringify(never)}`);
  }
}
