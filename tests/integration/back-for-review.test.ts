import { randomUUID } from 'node:crypto';
import type { SessionReport } from '../../shared/http';
import type { ActivityEntry, Pledge } from '../../shared/schemas';
import type { Client } from '../helpers/clients';
import { sessionInEvent, submitFromPhone } from '../helpers/record';
import { adminApi, serverSuite } from '../helpers/server';

/**
 * A pledge its author edits after the moderators hid it or kept it out of the record, with real
 * sockets on a real server and Redis: it waits for the moderators again (never back on a wall or
 * in the record by itself), and the consoles hear, in the same commit, an activity line saying its
 * author sent it back for review and from where; the walls hear nothing of a record-only one, and
 * only the removal of a public one. The report's activity keeps the line.
 */
describe('an author’s edit sends a hidden pledge back for review', () => {
  const ctx = serverSuite();

  test('record-only kept out, and public hidden: pending again, and the consoles are told', async () => {
    const { created, moderator, panelists, wall } = await sessionInEvent(ctx.server, { name: 'IGF 2026' });
    ctx.clients.push(moderator);
    const walls = wall();
    ctx.clients.push(walls);
    await walls.snapshot();
    await moderator.sendOk('round:open', { moderation: 'none' });
    const made: { pledge: Pledge; phone: Client; name: string }[] = [];
    for (const [n, text, visibility] of [
      [0, 'We will brief our regulator on the outcome of this session.', 'record'],
      [1, 'We will publish our national AI guidelines in three languages.', 'public'],
    ] as const) {
      const sent = await submitFromPhone(ctx.server.url, created.sessionId, panelists[n]!.id, { id: randomUUID(), capacity: 'organization', text, visibility }, ctx.clients);
      made.push({ pledge: (sent.ack as unknown as { pledge: Pledge }).pledge, phone: sent.phone as Client, name: panelists[n]!.name });
    }
    const [recordOnly, shown] = made as [(typeof made)[number], (typeof made)[number]];
    for (const p of made) await moderator.sendOk('pledge:hide', { pledgeId: p.pledge.id });
    const wallMark = walls.received.length;
    const modMark = moderator.received.length;

    /** The pledge as the consoles last heard of it with `status`. */
    const heard = async (id: string, status: Pledge['status']) => (await moderator.waitForDelta('pledge', (d) => d.pledge.id === id && d.pledge.status === status)).pledge;
    const edit = async (p: (typeof made)[number], text: string) =>
      (await p.phone.sendOk('pledge:edit', { id: p.pledge.id, basedOn: p.pledge.updatedAt, capacity: 'organization', visibility: p.pledge.visibility, text })).pledge as Pledge;
    // Edits on top of the version the moderators' hide made.
    for (const p of made) p.pledge = await heard(p.pledge.id, 'hidden');
    const editedRecord = await edit(recordOnly, 'We will brief our national regulator on the outcome of this session.');
    const editedPublic = await edit(shown, 'We will publish our national AI guidelines in all six UN languages.');
    expect([editedRecord.status, editedPublic.status]).toEqual(['pending', 'pending']);

    const line = async (name: string) => (await moderator.waitForDelta('activity', (d) => d.entry.action === 'resubmit' && d.entry.subject === name, 5000, modMark)).entry;
    const lines = [await line(recordOnly.name), await line(shown.name)];
    expect(lines.map(({ actor, action, subject, detail }) => ({ actor, action, subject, detail }))).toEqual([
      { actor: { role: 'author' }, action: 'resubmit', subject: recordOnly.name, detail: 'hidden record' },
      { actor: { role: 'author' }, action: 'resubmit', subject: shown.name, detail: 'hidden public' },
    ]);
    // The line comes in the frame that brings the pledge back to the queue.
    const frame = moderator.frames(modMark).find((f) => f.deltas.some((d) => d.kind === 'pledge' && d.pledge.id === recordOnly.pledge.id));
    expect(frame?.deltas.map((d) => d.kind).sort()).toEqual(['activity', 'pledge']);

    // The walls never hear of either pledge: not on a wall while they wait.
    await moderator.sendOk('round:prompt', { prompt: 'And one more thing?' });
    await walls.waitForDelta('round', (d) => d.round.prompt === 'And one more thing?', 5000, wallMark);
    expect(walls.deltas('pledge', wallMark)).toEqual([]);

    // An unchanged resend (a retry) writes no second line; a rejected one sent back says so.
    await recordOnly.phone.sendOk('pledge:edit', { id: editedRecord.id, basedOn: editedRecord.updatedAt, capacity: 'organization', visibility: 'record', text: editedRecord.text });
    await moderator.sendOk('pledge:reject', { pledgeId: editedRecord.id, reason: 'Please name the country.' });
    await edit({ ...recordOnly, pledge: await heard(editedRecord.id, 'rejected') }, 'We will brief the national regulator of Norway on the outcome of this session.');
    const report = (await adminApi<SessionReport>(ctx.server.url, `/api/sessions/${created.sessionId}/report`)).body;
    const resubmits = report.activity.filter((a: ActivityEntry) => a.action === 'resubmit').map((a) => [a.subject, a.detail]);
    expect(resubmits).toEqual([
      [recordOnly.name, 'hidden record'],
      [shown.name, 'hidden public'],
      [recordOnly.name, 'rejected record'],
    ]);
    expect(report.recordOnlyWithheldCount).toBe(1);
  });
});
