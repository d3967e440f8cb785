/**
 * The public registry's filters, shared by the server (the JSON API's query string) and the
 * registry page (instant filtering while typing), so both always agree.
 */
import type { PublicPledge } from './http';
import type { RegistryQuery } from './schemas';
import { foldForSearch } from './text';

/** Every word of the search must appear in the pledge's text, author, organization, session, partners or deliverables. */
function searchable(p: PublicPledge): string {
  return foldForSearch(
    [p.text, p.name, p.organization, p.session.code, p.session.title, ...p.partners, ...p.deliverables.map((d) => d.text), ...p.sdgTargets].join(' \n '),
  );
}

export function matchesRegistryQuery(p: PublicPledge, query: RegistryQuery): boolean {
  if (query.theme && !p.themes.includes(query.theme)) return false;
  if (query.stakeholder && p.stakeholderGroup !== query.stakeholder) return false;
  if (query.region && p.regionalGroup !== query.region) return false;
  if (query.goal && !p.sdgTargets.some((code) => code.split('.')[0] === String(query.goal))) return false;
  if (query.status && p.status !== query.status) return false;
  if (query.light && p.light !== query.light) return false;
  const words = foldForSearch(query.q ?? '').split(/\s+/).filter(Boolean);
  if (words.length > 0) {
    const haystack = searchable(p);
    if (!words.every((w) => haystack.includes(w))) return false;
  }
  return true;
}
