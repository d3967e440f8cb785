import { t } from '../../i18n';
import { useSession } from '../../store/session';
import { JoinBox } from './JoinPanel';
import { shownPledges } from './shown';
import { WallCountdown, WallHeader } from './WallHeader';
import { shownPrompt } from '../../prompt';
import { TickerView } from './Ticker';

/**
 * Before the first pledge: the session's title, the question once the round is open, where the
 * pledges will appear, and how to join, with the QR code large enough to scan from the back rows.
 *
 * With `strip`, the ticker chosen by the console on a room's wall (the plain wall link): the room
 * keeps the title, the question and how to join, with the QR code, and the pledges run along the
 * bottom. Only a page opened as the ticker (`?view=ticker`, a stream's overlay) is the bare strip.
 */
export function HoldingView({ sessionId, joinCode, strip = false }: { sessionId: string; joinCode: string; strip?: boolean }) {
  const prompt = useSession((s) => (s.round?.state === 'open' ? s.round.prompt : ''));
  const count = useSession((s) => shownPledges(s).length);
  return (
    <>
      <WallHeader />
      <main className={`wall__main wall__main--holding${strip ? ' wall__main--ticker' : ''}`} data-testid={strip ? 'wall-ticker-room' : 'wall-holding'}>
        <section className="wall__holding" aria-label={strip ? undefined : t('wall.pledgesLabel')}>
          {prompt && <p className="wall__holding-prompt" dir="auto">{shownPrompt(prompt)}</p>}
          {/* Where the pledges will be: the grid's place, empty until the first one comes (the strip's, with the ticker). */}
          {(count > 0 || !strip) && (
            <p className="wall__holding-line" data-testid={strip ? undefined : 'wall-pledge-list'}>
              {count === 0 ? t('wall.holding.appear') : t('wall.holding.soFar', { pledges: t('wall.pledges', { count }) })}
            </p>
          )}
          <p className="wall__holding-hint">{t('wall.empty.draftHint')}</p>
          <WallCountdown className="countdown--wall countdown--holding" />
        </section>
        <JoinBox sessionId={sessionId} joinCode={joinCode} heading={t('wall.holding.join')} />
        {strip && <TickerView titled />}
      </main>
    </>
  );
}
