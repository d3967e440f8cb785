/** Small pieces shared by the record's pages: status and light badges, theme tags, SDG chips, deliverables. */
import type { CSSProperties } from 'react';
import type { Light, ProgressStatus, Theme } from '../../../shared/domain';
import { themeNameOf } from '../../themes';
import type { Pledge } from '../../../shared/schemas';
import { SDG_GOALS, sdgTarget } from '../../../shared/sdg';
import { readableInk } from '../../contrast';
import { formatDate } from '../../format';
import { t } from '../../i18n';
import { withLtrCode } from '../../components/LtrCode';
import { inEnglish, sdgGoalTitle } from '../../i18n/sdg-goals';

/** The goal's official colour as a CSS variable for the chip's swatch, and a text colour readable on it. */
export function goalStyle(goal: number): CSSProperties {
  const color = SDG_GOALS[goal - 1]?.color ?? '#5f6a80';
  return { '--sdg': color, '--sdg-ink': readableInk(color) } as CSSProperties;
}

export const goalOf = (code: string) => Number(code.split('.')[0]);

export function LightBadge({ light }: { light: Light }) {
  return (
    <span className={`light light--${light}`} data-testid="light" data-light={light}>
      <span className="visually-hidden">{t('record.light.label')}: </span>
      {t(`record.light.${light}`)}
    </span>
  );
}

export function ProgressBadge({ status }: { status: ProgressStatus }) {
  return (
    <span className={`progress progress--${status}`} data-testid="progress-status" data-status={status}>
      <span className="visually-hidden">{t('record.status.label')}: </span>
      {t(`record.status.${status}`)}
    </span>
  );
}

export function ThemeTags({ ids, themes }: { ids: string[]; themes: readonly Theme[] | undefined }) {
  if (ids.length === 0) return null;
  return (
    <ul className="tags" aria-label={t('record.themes')}>
      {ids.map((id) => (
        <li key={id} className="tag tag--theme">
          {themeNameOf(themes, id)}
        </li>
      ))}
    </ul>
  );
}

/** SDG target codes as chips in their goal's colour; the official text is the chip's tooltip. */
export function SdgChips({ codes }: { codes: string[] }) {
  if (codes.length === 0) return null;
  return (
    <ul className="tags" aria-label={t('record.sdgTargets')}>
      {codes.map((code) => {
        const goal = goalOf(code);
        const title = sdgTarget(code)?.text;
        return (
          <li key={code} className="sdg-chip" style={goalStyle(goal)} title={title} data-testid={`sdg-${code}`}>
            <span className="sdg-chip__swatch" aria-hidden="true">
              {goal}
            </span>
            <span className="sdg-chip__code">{withLtrCode(t('record.sdgCode', { code }), code)}</span>
          </li>
        );
      })}
    </ul>
  );
}

/** Each target with its goal and official text (pledge page, report). */
export function SdgTargetList({ codes }: { codes: string[] }) {
  if (codes.length === 0) return null;
  return (
    <ul className="sdg-list">
      {codes.map((code) => {
        const goal = goalOf(code);
        const title = sdgGoalTitle(goal);
        const target = sdgTarget(code);
        return (
          <li key={code} className="sdg-list__item" style={goalStyle(goal)} data-testid={`sdg-target-${code}`}>
            <span className="sdg-list__badge" aria-hidden="true">
              {goal}
            </span>
            <div className="sdg-list__body">
              <p className="sdg-list__head">
                <strong>{withLtrCode(t('record.sdgTargetCode', { code }), code)}</strong>
                {title && <span className="sdg-list__goal">{t('record.sdgGoalTitle', { goal, title })}</span>}
              </p>
              {target ? (
                <p className="sdg-list__text" {...inEnglish()}>
                  {target.text}
                </p>
              ) : (
                <p className="sdg-list__text">{t('record.sdgUnknown')}</p>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Deliverables with their due dates; those its author reported done (`delivered`, places in the
 * list) say so. Given `today`, one not done and past its date is marked as past due (the day after
 * its due date, as the status light counts it) unless the pledge is finished.
 */
export function DeliverableList({
  deliverables,
  delivered = [],
  today,
  finished = false,
}: {
  deliverables: Pledge['deliverables'];
  delivered?: readonly number[];
  today?: string;
  finished?: boolean;
}) {
  if (deliverables.length === 0) return null;
  return (
    <ul className="deliverables">
      {deliverables.map((d, i) => {
        const done = delivered.includes(i);
        const late = !done && !finished && today !== undefined && d.due < today;
        return (
          <li key={i} className={`deliverables__item${late ? ' deliverables__item--late' : done ? ' deliverables__item--done' : ''}`} data-testid="deliverable" data-done={done}>
            <span className="deliverables__text" dir="auto">
              {d.text}
            </span>
            <span className="deliverables__due">
              {t('record.due', { date: formatDate(d.due) })}
              {late && <span className="deliverables__late">{t('record.pastDue')}</span>}
              {done && <span className="deliverables__done">{t('record.done')}</span>}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** "until the next IGF" / "by 30 June 2026". */
export function timeframeText(timeframe: Pledge['timeframe']): string {
  return timeframe.kind === 'date' ? t('record.timeframe.date', { date: formatDate(timeframe.date) }) : t('record.timeframe.next-igf');
}
