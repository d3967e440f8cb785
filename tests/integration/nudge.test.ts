import { NUDGE_REPEAT_MS } from '../../shared/domain';
import { Client } from '../helpers/clients';
import { seatedPhone } from '../helpers/round';
import { createSession, PANEL, serversSharingClock } from '../helpers/server';

/**
 * Nudging a panelist: each nudge is logged with the panelist it went to (both consoles, and a
 * console opened later, show when each was last nudged); a second nudge to the same panelist
 * before NUDGE_REPEAT_MS is refused and changes nothing: no log line, no buzz.
 */
describe('nudges', () => {
  const pair = serversSharingClock();
  const { suite, clock, track, passTo } = pair;

  test('a repeat within the time is refused with nudge_too_soon and changes nothing; after it, accepted; both consoles see each nudge', async () => {
    const created = await createSession(suite.server.url, { ...PANEL, details: { moderator: 'Nnenna Nwakanma', onlineModerator: 'Paola Galvez' } });
    const onsite = track(new Client(suite.server.url, { role: 'moderator', sessionId: created.sessionId, key: created.moderatorKey }));
    const online = track(new Client(pair.other.url, { role: 'moderator', sessionId: created.sessionId, key: created.onlineModeratorKey }));
    const [snapshot] = await Promise.all([onsite.snapshot(), online.snapshot()]);
    const [amina, kenji] = snapshot.session.panelists;
    const aminaPhone = track((await seatedPhone(suite.server.url, created.sessionId, amina!.id)).phone);
    const kenjiPhone = track((await seatedPhone(pair.other.url, created.sessionId, kenji!.id)).phone);

    const first = clock();
    expect(await onsite.send('panelist:nudge', { panelistId: amina!.id })).toEqual({ ok: true });
    await aminaPhone.waitFor('panelist:nudged');
    // The other moderator's console (another process) sees who was nudged, and when.
    const seen = await online.waitForDelta('activity', (d) => d.entry.action === 'nudge');
    expect(seen.entry).toMatchObject({ panelistId: amina!.id, subject: amina!.name, actor: { seat: 'onsite' } });
    expect(seen.entry.at).toBeGreaterThanOrEqual(first);

    // Moments later, from the other console: refused, with its code and a message.
    passTo(seen.entry.at, NUDGE_REPEAT_MS - 1000);
    const refused = await online.send('panelist:nudge', { panelistId: amina!.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'nudge_too_soon' } });
    expect(refused.ok === false && refused.error.message).toMatch(/nudge again in \d+ s/);
    // Another panelist is nudged meanwhile: the time is per panelist.
    expect(await online.send('panelist:nudge', { panelistId: kenji!.id })).toEqual({ ok: true });
    await kenjiPhone.waitFor('panelist:nudged');

    // Once the time has passed: accepted, the phone buzzes again.
    passTo(seen.entry.at, NUDGE_REPEAT_MS + 1000);
    expect(await online.send('panelist:nudge', { panelistId: amina!.id })).toEqual({ ok: true });
    await aminaPhone.waitFor('panelist:nudged', (p) => p.at > seen.entry.at);
    await onsite.waitForDelta('activity', (d) => d.entry.action === 'nudge' && d.entry.panelistId === amina!.id && d.entry.actor.role === 'moderator' && d.entry.actor.seat === 'online');

    // The refused nudge wrote no line and buzzed no phone (it would have come before the last one).
    expect(aminaPhone.events('panelist:nudged')).toHaveLength(2);
    expect(kenjiPhone.events('panelist:nudged')).toHaveLength(1);
    const nudges = (await onsite.sendOk('session:sync')).snapshot.activity.filter((e: { action: string }) => e.action === 'nudge');
    expect(nudges.map((e: { panelistId: string; actor: { seat: string } }) => [e.panelistId, e.actor.seat])).toEqual([
      [amina!.id, 'onsite'],
      [kenji!.id, 'online'],
      [amina!.id, 'online'],
    ]);
    // A console opened now (a reload) gets the same lines in its snapshot.
    const reloaded = track(new Client(pair.other.url, { role: 'moderator', sessionId: created.sessionId, key: created.moderatorKey }));
    expect((await reloaded.snapshot()).activity.filter((e) => e.action === 'nudge').map((e) => e.panelistId)).toEqual([amina!.id, kenji!.id, amina!.id]);
  });
});
