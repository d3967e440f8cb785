import type { PanelistStatus } from '../../shared/schemas';
import { t } from '../i18n';

export function StatusBadge({ status }: { status: PanelistStatus }) {
  return <span className={`badge badge--${status}`}>{t(`status.${status}`)}</span>;
}
