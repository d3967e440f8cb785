/**
 * `npm run audit`: no high or critical advisory in the runtime dependencies.
 * Asks the registry's advisory database (`npm audit --omit=dev`); where the registry in use does
 * not offer it, says so and relies on the offline floor table.
 */
import { spawnSync } from 'node:child_process';
import { checkFloors } from './dependency-floors';

const floors = checkFloors();
console.log('package            installed  minimum  ok');
for (const f of floors) console.log(`${f.name.padEnd(18)} ${(f.installed ?? '-').padEnd(10)} ${f.min.padEnd(8)} ${f.ok ? 'yes' : `NO: ${f.why}`}`);
let failed = floors.some((f) => !f.ok);

const audit = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
try {
  const report = JSON.parse(audit.stdout) as { error?: { summary?: string }; metadata?: { vulnerabilities?: Record<string, number> } };
  if (report.error || !report.metadata) {
    console.log(`\nThe registry's advisory service did not answer (${report.error?.summary || 'no advisory endpoint'}); the floor table above stands.`);
  } else {
    const v = report.metadata.vulnerabilities ?? {};
    console.log(`\nnpm audit --omit=dev: ${v.critical ?? 0} critical, ${v.high ?? 0} high, ${v.moderate ?? 0} moderate, ${v.low ?? 0} low`);
    if ((v.critical ?? 0) + (v.high ?? 0) > 0) failed = true;
  }
} catch {
  console.log('\nnpm audit gave no readable report; the floor table above stands.');
}
process.exit(failed ? 1 : 0);
