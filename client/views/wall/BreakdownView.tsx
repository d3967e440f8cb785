import { useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { STAKEHOLDER_GROUPS } from '../../../shared/domain';
import { formatNumber, t } from '../../i18n';
import { useSession, useThemes } from '../../store/session';
import { audienceLine } from './JoinPanel';
import { shownPledges } from './shown';
import { useFit } from './useFit';
import { themeName } from '../../themes';
import { WallCountdown, WallHeader } from './WallHeader';

interface Row {
  key: string;
  label: string;
  count: number;
}

/**
 * Who pledged and on what, full screen: every stakeholder group and every theme of the session in
 * their usual order (rows keep their place while the counts grow; an empty row says 0), bars
 * against the largest count of their list, the totals and who follows in the room and online.
 * The whole figure is scaled down until it fits.
 */
export function BreakdownView() {
  const pledges = useSession(useShallow(shownPledges));
  const themes = useThemes();
  const audience = useSession((s) => s.audience);
  const groups: Row[] = STAKEHOLDER_GROUPS.map((g) => ({ key: g, label: t(`group.${g}`), count: pledges.filter((p) => p.stakeholderGroup === g).length }));
  const known = new Set(themes.map((th) => th.id));
  // A theme no longer in the event's list still counts, under its id.
  const extra = [...new Set(pledges.flatMap((p) => p.themes).filter((id) => !known.has(id)))];
  const byTheme: Row[] = [...themes.map((th) => ({ key: th.id, label: themeName(th) })), ...extra.map((id) => ({ key: id, label: id }))].map((row) => ({
    ...row,
    count: pledges.filter((p) => p.themes.includes(row.key)).length,
  }));
  const panel = pledges.filter((p) => p.authorRole === 'panelist').length;
  const box = useRef<HTMLDivElement>(null);
  const figure = useRef<HTMLElement>(null);
  useFit(box, figure, `${groups.map((r) => r.count).join()}|${byTheme.map((r) => `${r.key}:${r.count}`).join()}|${audience.onsite}:${audience.online}`, 0.3);
  return (
    <>
      <WallHeader side={<WallCountdown className="countdown--wall countdown--inline" />} />
      <main className="wall__main wall__main--breakdown" ref={box}>
        <section className="breakdown" ref={figure} data-testid="wall-breakdown-view" aria-label={t('wall.breakdown.title')}>
          <div className="breakdown__totals">
            <p className="breakdown__total" data-testid="wall-breakdown-total" data-count={pledges.length}>
              <span className="breakdown__number">{formatNumber(pledges.length)}</span> {t('wall.breakdown.total', { count: pledges.length })}
            </p>
            <div className="breakdown__splits">
              <p>
                {t('wall.breakdown.fromPanel', { count: panel })} · {t('wall.breakdown.fromAudience', { count: pledges.length - panel })}
              </p>
              {audience.onsite + audience.online > 0 && <p data-testid="wall-breakdown-audience">{audienceLine(audience)}</p>}
            </div>
          </div>
          <Bars title={t('wall.byGroup')} rows={groups} testId="wall-breakdown-groups" />
          <Bars title={t('wall.byTheme')} rows={byTheme} testId="wall-breakdown-themes" />
        </section>
      </main>
    </>
  );
}

function Bars({ title, rows, testId }: { title: string; rows: Row[]; testId: string }) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <section className="breakdown__list" data-testid={testId}>
      <h2 className="breakdown__title">{title}</h2>
      {rows.length === 0 ? (
        <p className="breakdown__none">{t('wall.breakdown.noThemes')}</p>
      ) : (
        <ul>
          {rows.map((r) => (
            <li key={r.key} data-key={r.key} data-count={r.count} className={r.count === 0 ? 'is-empty' : undefined}>
              <span className="breakdown__label">{r.label}</span>
              <span className="breakdown__bar" aria-hidden="true">
                <span style={{ width: `${(r.count / max) * 100}%` }} />
              </span>
              <span className="breakdown__count">{formatNumber(r.count)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
