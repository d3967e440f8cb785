import { useEffect, useState } from 'react';
import { NUDGE_REPEAT_MS } from '../../../shared/domain';
import type { Panelist } from '../../../shared/schemas';
import { formatClock, t } from '../../i18n';
import { nudge, useModerator } from '../../store/moderator';
import { serverNow, useSession } from '../../store/session';

/** Under a minute, the row counts the seconds since the last nudge; after that it gives the time. */
const COUNT_SECONDS_MS = 60_000;

/**
 * When this panelist was last nudged, by either moderator: from the activity log, which both
 * consoles get in their snapshot and as it grows, so it survives a reload. With the server's
 * clock, ticking each second while it counts.
 */
export function useLastNudge(panelistId: string): { at: number | null; now: number } {
  const at = useSession((s) => {
    for (let i = s.activity.length - 1; i >= 0; i--) {
      const entry = s.activity[i]!;
      if (entry.action === 'nudge' && entry.panelistId === panelistId) return entry.at;
    }
    return null;
  });
  const [now, setNow] = useState(serverNow);
  const counting = at !== null && now - at < COUNT_SECONDS_MS;
  useEffect(() => {
    setNow(serverNow());
    if (!counting) return;
    const timer = setInterval(() => setNow(serverNow()), 1000);
    return () => clearInterval(timer);
  }, [at, counting]);
  return { at, now };
}

const secondsSince = (at: number, now: number) => Math.max(0, Math.floor((now - at) / 1000));

/** "Nudged 20 s ago", then "Nudged at 14:02": under the panelist's name. */
export function NudgedNote({ panelistId, at, now }: { panelistId: string; at: number | null; now: number }) {
  if (at === null) return null;
  return (
    <span className="panel-row__nudged" data-testid={`nudged-${panelistId}`}>
      {now - at < COUNT_SECONDS_MS ? t('mod.panel.nudgedAgo', { seconds: secondsSince(at, now) }) : t('mod.panel.nudgedAt', { time: formatClock(at) })}
    </span>
  );
}

/**
 * "Nudge", or "Nudge · 12 s" (disabled; read out as "Nudge again in 12 s") while the server would
 * refuse a repeat: short, so the row's buttons keep their places.
 */
export function NudgeButton({ panelist, canNudge, at, now }: { panelist: Panelist; canNudge: boolean; at: number | null; now: number }) {
  const nudging = useModerator((s) => s.pending[`nudge:${panelist.id}`]);
  // This page's estimate of the server's clock may run a little behind the nudge's time.
  const wait = at === null ? 0 : Math.min(NUDGE_REPEAT_MS / 1000, Math.ceil((at + NUDGE_REPEAT_MS - now) / 1000));
  const label = wait > 0 ? t('mod.panel.nudgeWait', { seconds: wait }) : t('mod.panel.nudge');
  return (
    <button
      type="button"
      className="button button--small button--secondary panel-row__nudge"
      data-testid={`nudge-${panelist.id}`}
      disabled={!canNudge || nudging || wait > 0}
      onClick={() => void nudge(panelist.id)}
      aria-label={`${label}: ${panelist.name}`}
    >
      {wait > 0 ? t('mod.panel.nudgeWaitShort', { seconds: wait }) : label}
    </button>
  );
}
