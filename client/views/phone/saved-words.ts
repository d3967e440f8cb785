import { loadPageStrings } from '../../i18n';
import { useConnection } from '../../store/connection';
import { lazyLoad } from './lazy-part';

// The saved pledge's words (the `phone-saved` part of client/i18n: the confirmation, the
// moderators' answer, the follow-up link) are off the join → form path: fetched in the first idle
// moment once the form shows (and precached for offline use), at once when a saved pledge is shown.
const words = lazyLoad(() => loadPageStrings(['phone-saved']));

/**
 * Whether the saved pledge's words are here: `needed` by a saved pledge on screen (a failed load is
 * tried again once the connection is back), fetched `ahead` while the form shows.
 */
export function useSavedWords(needed: boolean, ahead: boolean): { ready: boolean; failed: boolean } {
  const online = useConnection((s) => s.status === 'online');
  const { value, failed } = words.useLoaded(needed, ahead, online);
  return { ready: value !== null, failed };
}
