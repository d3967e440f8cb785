import type { SessionSeed } from './types';

/** A session code as unique within its event: "<eventId>\n<code key>", or '' when it has none. */
export const scopedCode = (seed: SessionSeed): string => (seed.eventId && seed.codeKey ? `${seed.eventId}\n${seed.codeKey}` : '');

/** Join codes and session codes a batch of new sessions repeats among itself (both stores refuse those). */
export function repeatedInBatch(seeds: SessionSeed[]): { takenJoinCodes: string[]; takenCodeKeys: string[] } {
  const joins = seeds.map((s) => s.joinCode);
  const scoped = seeds.map(scopedCode);
  return {
    takenJoinCodes: seeds.filter((s, i) => joins.indexOf(s.joinCode) !== i).map((s) => s.joinCode),
    takenCodeKeys: seeds.filter((_s, i) => scoped[i] !== '' && scoped.indexOf(scoped[i]!) !== i).map((s) => s.codeKey!),
  };
}
