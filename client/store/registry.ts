/**
 * The public registry of an event and the public page of one pledge. The registry is fetched once
 * and filtered in the browser with the same rule the server's API applies (shared/registry.ts);
 * the filters live in the address bar so a filtered view can be shared.
 */
import { create } from 'zustand';
import { LIGHTS, PROGRESS_STATUSES, REGIONAL_GROUPS, STAKEHOLDER_GROUPS } from '../../shared/domain';
import type { PublicPledge, PublicPledgeResponse, RegistryResponse } from '../../shared/http';
import { matchesRegistryQuery } from '../../shared/registry';
import type { EventInfo, RegistryQuery } from '../../shared/schemas';
import { api } from '../api';

export type LoadStatus = 'loading' | 'ready' | 'error';

/** The filters in the order they appear in a shared address. */
export const QUERY_KEYS = ['q', 'theme', 'stakeholder', 'region', 'goal', 'status', 'light'] as const;
export type QueryKey = (typeof QUERY_KEYS)[number];

const MAX_SEARCH = 200;
const oneOf = <T extends string>(list: readonly T[], v: string | null): T | undefined =>
  v !== null && (list as readonly string[]).includes(v) ? (v as T) : undefined;

/** Filters from a query string; anything malformed is dropped rather than failing the page. */
export function parseRegistryQuery(search: string): RegistryQuery {
  const p = new URLSearchParams(search);
  const query: RegistryQuery = {};
  const q = p.get('q');
  if (q && q.trim()) query.q = q.slice(0, MAX_SEARCH);
  const theme = p.get('theme');
  if (theme && /^[a-z0-9][a-z0-9-]{0,39}$/.test(theme)) query.theme = theme;
  const stakeholder = oneOf(STAKEHOLDER_GROUPS, p.get('stakeholder'));
  if (stakeholder) query.stakeholder = stakeholder;
  const region = oneOf(REGIONAL_GROUPS, p.get('region'));
  if (region) query.region = region;
  const goal = Number(p.get('goal'));
  if (Number.isInteger(goal) && goal >= 1 && goal <= 17) query.goal = goal;
  const status = oneOf(PROGRESS_STATUSES, p.get('status'));
  if (status) query.status = status;
  const light = oneOf(LIGHTS, p.get('light'));
  if (light) query.light = light;
  return query;
}

/** "?q=…&goal=17" (empty string without filters), in a stable order. */
export function registryQueryString(query: RegistryQuery): string {
  const p = new URLSearchParams();
  for (const key of QUERY_KEYS) {
    const v = query[key];
    if (v === undefined || v === '') continue;
    p.set(key, String(v));
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}

export const activeFilterCount = (query: RegistryQuery) => QUERY_KEYS.filter((k) => query[k] !== undefined && query[k] !== '').length;

interface RegistryState {
  eventId: string | null;
  status: LoadStatus;
  error: string | null;
  event: EventInfo | null;
  pledges: PublicPledge[];
  query: RegistryQuery;
  /** `pledges` filtered by `query`, newest first. */
  shown: PublicPledge[];
}

export const useRegistry = create<RegistryState>()(() => ({
  eventId: null,
  status: 'loading',
  error: null,
  event: null,
  pledges: [],
  query: {},
  shown: [],
}));

const filter = (pledges: PublicPledge[], query: RegistryQuery) => pledges.filter((p) => matchesRegistryQuery(p, query));

function writeUrl(query: RegistryQuery): void {
  history.replaceState(history.state, '', location.pathname + registryQueryString(query) + location.hash);
}

/** Loads the registry of an event with the filters the address carries; returns a stop function. */
export function startRegistry(eventId: string): () => void {
  const query = parseRegistryQuery(location.search);
  useRegistry.setState({ eventId, status: 'loading', error: null, event: null, pledges: [], query, shown: [] });
  const abort = new AbortController();
  void (async () => {
    const res = await api<RegistryResponse>(`/api/events/${encodeURIComponent(eventId)}/registry`, { signal: abort.signal });
    if (abort.signal.aborted) return;
    if (!res.ok) {
      useRegistry.setState({ status: 'error', error: res.error.code });
      return;
    }
    // A theme the event does not have (an old link) would silently match nothing: drop it.
    let q = useRegistry.getState().query;
    if (q.theme && !res.event.themes.some((th) => th.id === q.theme)) {
      const { theme: _drop, ...rest } = q;
      q = rest;
      writeUrl(q);
    }
    useRegistry.setState({ status: 'ready', event: res.event, pledges: res.pledges, query: q, shown: filter(res.pledges, q) });
  })();
  return () => abort.abort();
}

export function retryRegistry(): () => void {
  const { eventId } = useRegistry.getState();
  return eventId ? startRegistry(eventId) : () => {};
}

/** Sets (or, with an empty value, clears) one filter; the address follows without a new history entry. */
export function setFilter<K extends QueryKey>(key: K, value: RegistryQuery[K] | '' | undefined): void {
  const next: RegistryQuery = { ...useRegistry.getState().query };
  if (value === undefined || value === '') delete next[key];
  else next[key] = value as RegistryQuery[K];
  useRegistry.setState((s) => ({ query: next, shown: filter(s.pledges, next) }));
  writeUrl(next);
}

export function clearFilters(): void {
  useRegistry.setState((s) => ({ query: {}, shown: s.pledges }));
  writeUrl({});
}

// ---------- one public pledge ----------

interface PublicPledgeState {
  status: LoadStatus;
  error: string | null;
  data: PublicPledgeResponse | null;
}

export const usePublicPledge = create<PublicPledgeState>()(() => ({ status: 'loading', error: null, data: null }));

export function startPublicPledge(pledgeId: string): () => void {
  usePublicPledge.setState({ status: 'loading', error: null, data: null });
  const abort = new AbortController();
  void (async () => {
    const res = await api<PublicPledgeResponse>(`/api/pledges/${encodeURIComponent(pledgeId)}`, { signal: abort.signal });
    if (abort.signal.aborted) return;
    if (!res.ok) {
      // The server answers an unknown id and a record-only pledge alike; so does this page.
      const code = res.httpStatus === 404 || res.httpStatus === 400 ? 'pledge_not_found' : res.error.code;
      usePublicPledge.setState({ status: 'error', error: code });
      return;
    }
    usePublicPledge.setState({ status: 'ready', data: { event: res.event, pledge: res.pledge } });
  })();
  return () => abort.abort();
}
