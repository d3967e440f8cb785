import { t } from '../../i18n';
import { useMe } from './useMyPledge';

/** Who this phone pledges as, in one line: the panelist's name, or the audience member's presence and name. */
export function YouAre() {
  const me = useMe();
  if (!me) return null;
  let text = t('phone.signedInAs', { name: me.name });
  if (me.authorRole === 'audience') {
    const presence = t(me.presence === 'online' ? 'phone.audience.presence.online' : 'phone.audience.presence.onsite');
    text = me.name ? t('phone.audience.youAre', { presence, name: me.name }) : t('phone.audience.youAreAnonymous', { presence });
  }
  return (
    <p className="phone__me" data-testid="you-are">
      {text}
    </p>
  );
}
