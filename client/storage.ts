/**
 * localStorage / sessionStorage that never throws (private mode, quota, disabled storage):
 * losing persistence must not break the page.
 */
function safe(kind: 'local' | 'session'): Storage | null {
  try {
    return kind === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return null;
  }
}

export function readItem(kind: 'local' | 'session', key: string): string | null {
  try {
    return safe(kind)?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeItem(kind: 'local' | 'session', key: string, value: string | null): void {
  try {
    const store = safe(kind);
    if (!store) return;
    if (value === null) store.removeItem(key);
    else store.setItem(key, value);
  } catch {
    // Quota or privacy mode: the in-memory state still works for this page view.
  }
}

export const storageKeys = {
  /** The phone's own device token for a session (made on the phone, see store/phone-seat). */
  device: (sessionId: string) => `pledge-round:device:${sessionId}`,
  /** An online viewer's wall token, made where the browser held no device token (see store/wall). */
  viewer: (sessionId: string) => `pledge-round:viewer:${sessionId}`,
  /** A panelist's invite token, from the invite link's fragment until the seat is taken. */
  invite: (sessionId: string, panelistId: string) => `pledge-round:invite:${sessionId}:${panelistId}`,
  draft: (sessionId: string) => `pledge-round:draft:${sessionId}`,
  /** The pledge waiting to be acknowledged (see client/outbox.ts). */
  outbox: (sessionId: string) => `pledge-round:outbox:${sessionId}`,
  modKey: (sessionId: string) => `pledge-round:modkey:${sessionId}`,
  /** The phone's last known state of a session, shown at once on the next load (even offline). */
  snapshot: (sessionId: string) => `pledge-round:snapshot:${sessionId}`,
  /**
   * The secret of a pledge's private follow-up link, per pledge id: made on this phone and kept
   * before the pledge is first sent (or received from `pledge:follow-up` on a phone that lost it).
   */
  followUp: (pledgeId: string) => `pledge-round:followup:${pledgeId}`,
  /** Join code -> session id, so a code joined before opens without the lookup. */
  joinCode: (code: string) => `pledge-round:joincode:${code}`,
  admin: 'pledge-round:admin',
} as const;

/** A secret made on this device: 128 random bits, base64url (22 characters), as the server expects. */
export function newSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** RFC 4122 v4. crypto.randomUUID only exists in secure contexts; phones on a LAN IP over http lack it. */
export function newUuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * A secret a link carries in its fragment (`#key=…`, `#invite=…`), which never reaches the server
 * in a request. The fragment is removed from the address bar at once, so the secret is not left
 * on a screen others can see; the caller keeps it.
 */
export function takeFromFragment(name: string): string | null {
  const value = new URLSearchParams(location.hash.replace(/^#/, '')).get(name);
  if (value) history.replaceState(history.state, '', location.pathname + location.search);
  return value;
}
