import { CommandGate } from '../../server/ops/command-gate';
import { isPriorityCommand } from '../../server/realtime/commands';

describe('the commands in flight', () => {
  test('priority commands tell the load apart from the taps, typing signals and resyncs', () => {
    const gate = new CommandGate(() => {}, isPriorityCommand);
    expect([gate.inFlight, gate.load]).toEqual([0, 'none']);
    const tap = gate.begin('reaction:set')!;
    const typing = gate.begin('pledge:drafting')!;
    const sync = gate.begin('session:sync')!;
    expect([gate.inFlight, gate.load]).toEqual([3, 'light']);
    const submit = gate.begin('pledge:submit')!;
    const approve = gate.begin('pledge:approve')!;
    expect([gate.inFlight, gate.load]).toEqual([5, 'priority']);
    // Ending twice counts once.
    submit.end();
    submit.end();
    expect([gate.inFlight, gate.load]).toEqual([4, 'priority']);
    for (const run of [tap, typing, sync, approve]) run.end();
    expect([gate.inFlight, gate.load]).toEqual([0, 'none']);
  });

  test('what is not a command is not a priority one', () => {
    expect(['pledge:submit', 'pledge:edit', 'round:open', 'panelist:claim', 'pledge:fix'].every(isPriorityCommand)).toBe(true);
    expect(['reaction:set', 'pledge:drafting', 'session:sync', 'toString', 'no:such'].some(isPriorityCommand)).toBe(false);
  });
});
