import { t } from '../../i18n';
import { useSession } from '../../store/session';
import { JoinBox } from './JoinPanel';
import { shownPledges } from './shown';
import { WallCountdown, WallHeader } from './WallHeader';
import { shownPrompt } from '../../prompt';

/**
 * Before the first pledge: the session's title, the question once the round is open, where the
 * pledges will appear, and how to join, with the QR code large enough to scan from the back rows.
 */
export function HoldingView({ sessionId, joinCode }: { sessionId: string; joinCode: string }) {
  const prompt = useSession((s) => (s.round?.state === 'open' ? s.round.prompt : ''));
  const count = useSession((s) => shownPledges(s).length);
  return (
    <>
      <WallHeader />
      <main className="wall__main wall__main--holding" data-testid="wall-holding">
        <section className="wall__holding" aria-label={t('wall.pledgesLabel')}>
          {prompt && <p className="wall__holding-prompt" dir="auto">{shownPrompt(prompt)}</p>}
          {/* Where the pledges will be: the grid's place, empty until the first one comes. */}
          <p className="wall__holding-line" data-testid="wall-pledge-list">
            {count === 0 ? t('wall.holding.appear') : t('wall.holding.soFar', { pledges: t('wall.pledges', { count }) })}
          </p>
          <p className="wall__holding-hint">{t('wall.empty.draftHint')}</p>
          <WallCountdown className="countdown--wall countdown--holding" />
        </section>
        <JoinBox sessionId={sessionId} joinCode={joinCode} heading={t('wall.holding.join')} />
      </main>
    </>
  );
}
