import { useEffect, useId, useRef, useState } from 'react';
import { routes } from '../../../shared/http';
import { WALL_ORDERS, WALL_VIEWS } from '../../../shared/stage';
import { CopyField } from '../../components/CopyField';
import { ErrorMessage } from '../../components/ErrorMessage';
import { pinnedUrl, wallLanguageChoice } from '../../components/WallLanguages';
import { t, type Locale } from '../../i18n';
import { LANGUAGE_NAMES } from '../../i18n/locales';
import { useModerator } from '../../store/moderator';
import { resolveView } from '../../stage-order';
import { chooseWall, shownWall, useStageDrafts } from '../../store/moderator-stage';
import { useSession } from '../../store/session';
import { useSpotlight } from './useSpotlight';
import { Confirmation } from './Confirmation';

/**
 * What the walls show: the view and the grid's fill order for every wall opened with the plain
 * link (both consoles and the walls follow at once), what that resolves to now, and the links
 * of walls fixed to one view (OBS, embeds).
 */
export function StagePanel() {
  const ids = { title: useId(), help: useId(), name: useId(), note: useId() };
  const { stage, sequence, current } = useSpotlight();
  const round = useSession((s) => s.round);
  const draft = useStageDrafts((s) => s.wall);
  const saving = useModerator((s) => s.pending.wall);
  const savedAt = useModerator((s) => s.done.wall);
  const error = useModerator((s) => s.errors.wall);
  const shown = shownWall(stage, draft);
  const ticker = shown.view === 'ticker';
  const now = resolveView(null, stage, round?.state ?? 'draft', sequence.length, current !== null);

  return (
    <section className="card walls" aria-labelledby={ids.title} data-testid="walls-card">
      <div className="card__head">
        <h2 id={ids.title}>{t('console.walls.title')}</h2>
        <span className="walls__now" data-testid="walls-now" data-view={now}>
          {t(stage?.view === 'auto' || !stage ? 'console.walls.nowAuto' : 'console.walls.now', { view: t(`stage.view.${now}`) })}
        </span>
      </div>
      <Choices
        legend={t('console.walls.view')}
        name={`${ids.name}-view`}
        values={WALL_VIEWS}
        chosen={shown.view}
        label={(view) => t(`stage.view.${view}`)}
        testId="wall-view"
        describedBy={ticker ? `${ids.note} ${ids.help}` : ids.help}
        onChoose={(view) => chooseWall({ view })}
      />
      {/* The ticker is a stream's strip: say what it does to the room's walls, and where the stream's link is. */}
      {ticker && (
        <p className="field__help walls__note" id={ids.note} data-testid="walls-ticker-note">
          {t('console.walls.tickerNote')}
        </p>
      )}
      <Choices
        legend={t('console.walls.order')}
        name={`${ids.name}-order`}
        values={WALL_ORDERS}
        chosen={shown.order}
        label={(order) => t(`stage.order.${order}`)}
        testId="wall-order"
        onChoose={(order) => chooseWall({ order })}
      />
      <p className="field__help walls__help" id={ids.help}>
        {t('console.walls.help')}
      </p>
      <p className="walls__status" role="status" data-testid="walls-status">
        {draft || saving ? t('console.walls.saving') : savedAt ? <Confirmation key={savedAt}>{t('console.walls.saved')}</Confirmation> : ''}
      </p>
      <ErrorMessage code={error} />
      <WallLinks />
    </section>
  );
}

interface ChoicesProps<V extends string> {
  legend: string;
  name: string;
  values: readonly V[];
  chosen: V;
  label: (value: V) => string;
  /** Each option's data-testid is `${testId}-${value}`. */
  testId: string;
  describedBy?: string;
  onChoose: (value: V) => void;
}

/** One choice among a few, as a row of radio "chips" (arrow keys move between them). */
function Choices<V extends string>({ legend, name, values, chosen, label, testId, describedBy, onChoose }: ChoicesProps<V>) {
  return (
    <fieldset className="walls__group" aria-describedby={describedBy}>
      <legend className="field__label">{legend}</legend>
      <div className="walls__choices">
        {values.map((value) => (
          <label key={value} className="walls__choice">
            <input type="radio" name={name} value={value} data-testid={`${testId}-${value}`} checked={chosen === value} onChange={() => onChoose(value)} />
            <span>{label(value)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * The link of a wall fixed to each view: the ticker for OBS, the embed, then the others. Above
 * them, what such a wall does with the event's languages (as the Share card says it), and, when
 * it would take turns or follow the browser, a choice of one language for every link (a French
 * stream's ticker).
 */
function WallLinks() {
  const id = useId();
  const sessionId = useSession((s) => s.session?.id ?? '');
  const languages = useSession((s) => s.languages);
  const { says, pins } = wallLanguageChoice(languages, 'wall');
  const [chosen, choose] = useState<Locale | ''>('');
  const pin = chosen && pins.includes(chosen) ? chosen : '';
  const details = useRef<HTMLDetailsElement>(null);
  // The links differ only at their end (`?view=…`, `lang=…`): show the end of each.
  const showEnds = () => {
    for (const input of details.current?.querySelectorAll('input') ?? []) input.scrollLeft = input.scrollWidth;
  };
  useEffect(showEnds, [pin]);
  const wallUrl = `${location.origin}${routes.wall(sessionId)}`;
  const inLanguage = (url: string) => (pin ? pinnedUrl(url, pin) : url);
  const viewUrl = (view: string) => inLanguage(`${wallUrl}?view=${view}`);
  const others = WALL_VIEWS.filter((v) => v !== 'auto' && v !== 'ticker');
  return (
    <details className="walls__links disclosure" data-testid="wall-links" ref={details} onToggle={showEnds}>
      <summary>{t('console.walls.links')}</summary>
      <p className="field__help">{t('console.walls.linksHelp')}</p>
      <p className="field__help" data-testid="wall-links-languages-says">
        {says}
      </p>
      {pins.length > 0 && (
        <div className="walls__links-language">
          <label htmlFor={id} className="field__label field__label--small">
            {t('wallLinks.pins')}
          </label>
          <select id={id} className="input select" data-testid="wall-links-language" value={pin} onChange={(e) => choose(e.target.value as Locale | '')}>
            <option value="">{t('console.walls.linksAnyLanguage')}</option>
            {pins.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </div>
      )}
      <CopyField label={t('console.walls.link.ticker')} value={viewUrl('ticker')} testId="wall-link-ticker" />
      <CopyField label={t('console.walls.link.embed')} value={inLanguage(`${location.origin}/embed/${sessionId}`)} testId="wall-link-embed" />
      {others.map((view) => (
        <CopyField key={view} label={t('console.walls.link', { view: t(`stage.view.${view}`) })} value={viewUrl(view)} testId={`wall-link-${view}`} />
      ))}
    </details>
  );
}
