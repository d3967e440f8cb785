import { CommandGate } from '../../server/ops/command-gate';
import { isPriorityCommand } from '../../server/realtime/commands';

describe('the commands in flight', () => {
  test('priority commands are counted apart from the taps, typing signals and resyncs', () => {
    const gate = new CommandGate(() => {}, isPriorityCommand);
    const tap = gate.begin('reaction:set')!;
    const typing = gate.begin('pledge:drafting')!;
    const sync = gate.begin('session:sync')!;
    expect([gate.inFlight, gate.priorityInFlight]).toEqual([3, 0]);
    const submit = gate.begin('pledge:submit')!;
    const approve = gate.begin('pledge:approve')!;
    expect([gate.inFlight, gate.priorityInFlight]).toEqual([5, 2]);
    // Ending twice counts once.
    submit.end();
    submit.end();
    expect([gate.inFlight, gate.priorityInFlight]).toEqual([4, 1]);
    for (const run of [tap, typing, sync, approve]) run.end();
    expect([gate.inFlight, gate.priorityInFlight]).toEqual([0, 0]);
  });

  test('what is not a command is not a priority one', () => {
    expect(['pledge:submit', 'pledge:edit', 'round:open', 'panelist:claim', 'pledge:fix'].every(isPriorityCommand)).toBe(true);
    expect(['reaction:set', 'pledge:drafting', 'session:sync', 'toString', 'no:such'].some(isPriorityCommand)).toBe(false);
  });
});
