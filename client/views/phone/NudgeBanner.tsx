import { t } from '../../i18n';
import { dismissNudge } from '../../store/phone';
import { usePhone } from '../../store/phone-state';

export function NudgeBanner() {
  const nudgedAt = usePhone((s) => s.nudgedAt);
  if (!nudgedAt) return null;
  return (
    <div className="nudge" role="alert" data-testid="nudge-banner" key={nudgedAt}>
      <span className="nudge__icon" aria-hidden="true">
        ●
      </span>
      <p className="nudge__text">{t('phone.nudge')}</p>
      <button type="button" className="nudge__dismiss" onClick={dismissNudge}>
        {t('phone.nudge.dismiss')}
      </button>
    </div>
  );
}
