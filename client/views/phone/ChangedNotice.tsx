import { useState } from 'react';
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
 * The saved text is a moderator's correction of the author's: a notice under the card says so, and
 * when (unless a change of theirs met it, which the send status tells already). A correction that
 * arrives while this screen shows is said once, politely, by a region of its own, with the words of
 * that moment: neither coming back to the screen nor another language says it again.
 */
export function FixedNotice({ pledge }: { pledge: Pledge }) {
  const met = usePhone((s) => s.send === 'changed' && s.superseded?.id === pledge.id);
  const fixed = !met && pledge.updatedBy.role === 'moderator';
  const text = t('phone.fixedByModerator', { time: formatClock(pledge.updatedAt) });
  // The version the screen has said (or found as it appeared), and what it said.
  const [said, setSaid] = useState([pledge.updatedAt, '']);
  if (fixed && said[0] !== pledge.updatedAt) setSaid([pledge.updatedAt, text]);
  return (
    <>
      {fixed && (
        <p className="notice notice--fixed" data-testid="pledge-fixed">
          {text}
        </p>
      )}
      <p className="visually-hidden" role="status" data-testid="pledge-fixed-said">
        {fixed && said[1]}
      </p>
    </>
  );
}
