import { REGIONAL_GROUPS, STAKEHOLDER_GROUPS } from '../../shared/domain';
import { t } from '../i18n';

/** The <option>s of a stakeholder-group <select>, in the standard order. */
export function StakeholderGroupOptions() {
  return STAKEHOLDER_GROUPS.map((g) => (
    <option key={g} value={g}>
      {t(`group.${g}`)}
    </option>
  ));
}

/** The <option>s of a regional-group <select>, in the standard order. */
export function RegionalGroupOptions() {
  return REGIONAL_GROUPS.map((g) => (
    <option key={g} value={g}>
      {t(`region.${g}`)}
    </option>
  ));
}
