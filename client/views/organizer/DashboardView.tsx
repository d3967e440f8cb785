import { useEffect, useId, type ReactNode } from 'react';
import { LIGHTS, PROGRESS_STATUSES, REGIONAL_GROUPS, STAKEHOLDER_GROUPS, type Light, type RegionalGroup, type StakeholderGroup } from '../../../shared/domain';
import { themeNameOf } from '../../themes';
import { routes, type Counts, type Dashboard } from '../../../shared/http';
import { SDG_GOALS } from '../../../shared/sdg';
import { AppLink } from '../../components/AppLink';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatList } from '../../format';
import { formatClock, formatNumber, t, useLocale, type MessageKey } from '../../i18n';
import { sdgGoalTitle } from '../../i18n/sdg-goals';
import { pageTitle } from '../../navigate';
import { loadDashboard, useDashboard } from '../../store/dashboard';
import { useOrganizer } from '../../store/organizer';
import '../../styles/dashboard.css';
import { BarChart, type Bar } from './BarChart';
import { ChaseList } from './ChaseList';
import { LightBadge } from './LightBadge';
import { OrganizerShell } from './Shell';

/** /organizer/events/:id/dashboard — where the event's pledges stand, and whom to chase. */
export default function DashboardView({ eventId }: { eventId: string }) {
  const token = useOrganizer((s) => s.token);
  const data = useDashboard((s) => (s.eventId === eventId ? s.data : null));
  const error = useDashboard((s) => (s.eventId === eventId ? s.error : null));
  const loading = useDashboard((s) => s.loading);
  const loadedAt = useDashboard((s) => (s.eventId === eventId ? s.loadedAt : null));

  useEffect(() => {
    if (token) void loadDashboard(eventId);
  }, [token, eventId]);
  const eventName = data?.event.name;
  const locale = useLocale((s) => s.locale);
  useEffect(() => {
    document.title = pageTitle(t('org.dash.title'), eventName, t('app.name'));
  }, [eventName, locale]);

  const crumbs = [
    { href: routes.organizer(), label: t('org.title') },
    { href: routes.organizerEvent(eventId), label: eventName ?? t('org.event.title') },
  ];

  return (
    <OrganizerShell title={t('org.dash.title')} eyebrow={eventName ?? t('org.event.eyebrow')} crumbs={crumbs}>
      <div className="dash__toolbar">
        <AppLink className="button button--small button--ghost" href={routes.organizerEvent(eventId)}>
          {t('org.dash.back')}
        </AppLink>
        <p className="dash__updated" role="status">
          {loading ? t('org.dash.refreshing') : loadedAt ? t('org.dash.updated', { time: formatClock(loadedAt) }) : ''}
        </p>
        <button
          type="button"
          className="button button--small button--secondary"
          data-testid="dashboard-refresh"
          onClick={() => void loadDashboard(eventId)}
          disabled={loading}
        >
          {t('org.dash.refresh')}
        </button>
      </div>
      {error ? (
        <section className="card" aria-labelledby="dash-error">
          <h2 id="dash-error">{error === 'event_not_found' ? t('org.event.notFound') : t('org.dash.loadFailed')}</h2>
          <ErrorMessage code={error} />
        </section>
      ) : !data ? (
        <p role="status" className="console__quiet organizer__loading">
          <span className="spinner" aria-hidden="true" /> {t('org.dash.loading')}
        </p>
      ) : (
        <DashboardBody data={data} />
      )}
    </OrganizerShell>
  );
}

const OUTSIDE: Record<string, MessageKey> = {
  pending: 'org.dash.outside.pending',
  hidden: 'org.dash.outside.hidden',
  rejected: 'org.dash.outside.rejected',
};

const total = (counts: Counts) => counts.reduce((sum, c) => sum + c.count, 0);

/**
 * The event's pledges the moderators have not accepted (yet), which no count here includes: the
 * public ones by status, and the record-only ones kept out of the record (the console's words for
 * them: never on a wall, they are not hidden but kept out).
 */
function OutsideCounts({ data }: { data: Dashboard }) {
  const keptOut = total(data.recordOnlyOutside);
  const parts = [
    ...data.outside.filter((c) => c.count > 0 && OUTSIDE[c.key]).map((c) => t(OUTSIDE[c.key]!, { count: c.count })),
    ...(keptOut > 0 ? [t('org.dash.outside.recordOnly', { count: keptOut })] : []),
  ];
  if (parts.length === 0) return null;
  const list = formatList(parts, 'conjunction');
  return (
    <p className="dash__outside" data-testid="dashboard-outside" data-record-only={keptOut}>
      {t('org.dash.outside', { list })}
    </p>
  );
}

/** The 17 goals in two side-by-side tables on a wide screen: 1–9 and 10–17. */
const SDG_SPLIT = 9;

const LIGHT_HELP: Record<Light, MessageKey> = {
  on_track: 'org.light.help.on_track',
  late: 'org.light.help.late',
  silent: 'org.light.help.silent',
  finished: 'org.light.help.finished',
};

function DashboardBody({ data }: { data: Dashboard }) {
  const countOf = (counts: Counts, key: string) => counts.find((c) => c.key === key)?.count ?? 0;
  const toChase = data.chase.length;
  const bars = (counts: Counts, label: (key: string) => string): Bar[] => counts.map((c) => ({ key: c.key, label: label(c.key), count: c.count }));
  const goals = new Map(SDG_GOALS.map((g) => [String(g.goal), g]));
  const countHeader = t('org.dash.pledgesHeader');
  const sdgBars: Bar[] = data.bySdgGoal.map((c) => {
    const goal = goals.get(c.key);
    return {
      key: c.key,
      label: goal ? t('org.dash.goalLabel', { n: goal.goal, title: sdgGoalTitle(goal.goal) }) : c.key,
      count: c.count,
      ...(goal ? { color: goal.color } : {}),
    };
  });

  return (
    <>
      <section className="dash__totals" aria-label={t('org.dash.totals')} data-testid="dashboard-totals">
        <Stat label={t('org.dash.total')} value={data.total} testId="dash-total" />
        <Stat label={t('org.dash.public')} value={data.total - data.recordOnly} testId="dash-public" />
        <Stat label={t('org.dash.recordOnly')} value={data.recordOnly} testId="dash-record-only" />
        <Stat label={t('org.dash.toChase')} value={toChase} testId="dash-to-chase" emphasis={toChase > 0} />
      </section>

      {data.total === 0 && total(data.outside) + total(data.recordOnlyOutside) === 0 && (
        <p className="notice" data-testid="dashboard-empty">
          {t('org.dash.empty')}
        </p>
      )}
      <OutsideCounts data={data} />

      <div className="dash__charts">
        <ChartCard size="third" title={t('org.dash.byLight')} intro={t('org.dash.byLightIntro')}>
          <BarChart
            caption={t('org.dash.byLight')}
            labelHeader={t('org.dash.light')}
            countHeader={countHeader}
            testId="chart-light"
            bars={LIGHTS.map((l) => ({ key: l, label: t(`org.light.${l}`), count: countOf(data.byLight, l), className: `light--${l}` }))}
          />
          <dl className="light-legend">
            {LIGHTS.map((l) => (
              <div key={l} className="light-legend__item">
                <dt>
                  <LightBadge light={l} />
                </dt>
                <dd>{t(LIGHT_HELP[l], { n: data.event.silentAfterMonths })}</dd>
              </div>
            ))}
          </dl>
        </ChartCard>
        <ChartCard size="third" title={t('org.dash.byStakeholder')}>
          <BarChart
            caption={t('org.dash.byStakeholder')}
            labelHeader={t('org.create.group')}
            countHeader={countHeader}
            testId="chart-stakeholder"
            bars={bars(data.byStakeholderGroup, groupLabel)}
          />
        </ChartCard>
        <ChartCard size="third" title={t('org.dash.byRegion')}>
          <BarChart
            caption={t('org.dash.byRegion')}
            labelHeader={t('org.create.region')}
            countHeader={countHeader}
            testId="chart-region"
            bars={bars(data.byRegionalGroup, regionLabel)}
          />
        </ChartCard>
        <ChartCard size="half" title={t('org.dash.byStatus')} intro={t('org.dash.byStatusIntro')}>
          <BarChart
            caption={t('org.dash.byStatus')}
            labelHeader={t('org.dash.status')}
            countHeader={countHeader}
            testId="chart-status"
            bars={PROGRESS_STATUSES.map((s) => ({ key: s, label: t(`org.progress.${s}`), count: countOf(data.byStatus, s), className: `status--${s}` }))}
          />
        </ChartCard>
        <ChartCard size="half" title={t('org.dash.byTheme')} intro={t('org.dash.multiIntro')}>
          {data.byTheme.length === 0 ? (
            <p className="console__quiet">{t('org.dash.noThemes')}</p>
          ) : (
            <BarChart
              caption={t('org.dash.byTheme')}
              labelHeader={t('org.event.themes')}
              countHeader={countHeader}
              testId="chart-theme"
              bars={bars(data.byTheme, (k) => themeNameOf(data.event.themes, k))}
            />
          )}
        </ChartCard>
        <ChartCard size="full" title={t('org.dash.bySdg')} intro={t('org.dash.multiIntro')}>
          <div className="bar-chart-columns">
            {[sdgBars.slice(0, SDG_SPLIT), sdgBars.slice(SDG_SPLIT)].map((part) => (
              <BarChart
                key={part[0]?.key ?? 'none'}
                caption={t('org.dash.bySdgPart', { from: part[0]?.key ?? '', to: part.at(-1)?.key ?? '' })}
                labelHeader={t('org.dash.goal')}
                countHeader={countHeader}
                testId="chart-sdg"
                bars={part}
              />
            ))}
          </div>
        </ChartCard>
      </div>

      <ChaseList data={data} />
    </>
  );
}

function Stat({ label, value, testId, emphasis }: { label: string; value: number; testId: string; emphasis?: boolean }) {
  return (
    <div className={`stat dash__stat${emphasis ? ' dash__stat--alert' : ''}`} data-testid={testId}>
      <span className="stat__label">{label}</span>
      <span className="stat__value">{formatNumber(value)}</span>
    </div>
  );
}

interface ChartCardProps {
  title: string;
  intro?: string;
  /** Share of a wide screen's row. */
  size: 'third' | 'half' | 'full';
  children: ReactNode;
}

function ChartCard({ title, intro, size, children }: ChartCardProps) {
  const id = useId();
  return (
    <section className={`card chart-card chart-card--${size}`} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {intro && <p className="chart-card__intro">{intro}</p>}
      {children}
    </section>
  );
}


const isGroup = (key: string): key is StakeholderGroup => (STAKEHOLDER_GROUPS as readonly string[]).includes(key);
const isRegion = (key: string): key is RegionalGroup => (REGIONAL_GROUPS as readonly string[]).includes(key);

const groupLabel = (key: string) => (isGroup(key) ? t(`group.${key}`) : key);
const regionLabel = (key: string) =>
  key === 'unspecified' ? t('org.dash.regionUnspecified') : isRegion(key) ? t(`region.${key}`) : key;
