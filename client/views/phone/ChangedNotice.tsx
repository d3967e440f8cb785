import type { Pledge } from '../../../shared/schemas';
import { formatClock, t } from '../../i18n';
import { usePhone } from '../../store/phone-state';

/**
 * A change from this phone that a newer saved version overtook (from another device, or a
 * moderator's fix): the card above shows what is saved; this keeps the text that was not applied
 * on screen, so nothing typed is lost. An edit starts from the saved version.
 */
export function ChangedNotice({ pledge }: { pledge: Pledge }) {
  const superseded = usePhone((s) => (s.send === 'changed' && s.superseded?.id === pledge.id ? s.superseded : null));
  if (!superseded || superseded.text === pledge.text) return null;
  return (
    <div className="pending-pledge pending-pledge--superseded" data-testid="pledge-superseded">
      <h2 className="pending-pledge__title">{t('phone.changed.notSaved')}</h2>
      <blockquote className="pending-pledge__text" dir="auto">{superseded.text}</blockquote>
      <p className="field__help">{t('phone.changed.hint')}</p>
    </div>
  );
}

/**
 * The saved text is a moderator's correction of the author's: the author is told so, and when
 * (unless a change of theirs met it, which the send status tells already).
 */
export function FixedNotice({ pledge }: { pledge: Pledge }) {
  const met = usePhone((s) => s.send === 'changed' && s.superseded?.id === pledge.id);
  if (met || pledge.updatedBy.role !== 'moderator') return null;
  return (
    <p className="field__help" data-testid="pledge-fixed" role="status">
      {t('phone.fixedByModerator', { time: formatClock(pledge.updatedAt) })}
    </p>
  );
}
