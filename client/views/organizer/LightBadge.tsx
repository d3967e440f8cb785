import type { Light } from '../../../shared/domain';
import { t } from '../../i18n';

/** A pledge's status light: colour and a shape for the eye, the word for everyone. */
export function LightBadge({ light }: { light: Light }) {
  return <span className={`light-badge light--${light}`}>{t(`org.light.${light}`)}</span>;
}
