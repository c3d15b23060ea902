// Which cookie carries the login session. `__Host-` makes the browser refuse a cookie set by
// another subdomain or over plain HTTP, but it needs Secure, which browsers honour only over
// TLS or on localhost. A home server reached as http://192.168.1.20 has neither, so there the
// cookie is plain `unknot` without Secure: otherwise signing in would silently never stick.

export interface SessionCookie {
  readonly name: '__Host-unknot' | 'unknot';
  readonly secure: boolean;
}

const localHosts = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

export function sessionCookieFor(request: {
  readonly protocol: string;
  readonly hostname: string;
}): SessionCookie {
  const host = request.hostname.toLowerCase();
  if (request.protocol === 'https' || localHosts.has(host)) {
    return { name: '__Host-unknot', secure: true };
  }
  return { name: 'unknot', secure: false };
}

/** Login sessions end after 30 days without a visit, and after 180 days in any case. */
export const SESSION_IDLE_MS = 30 * 24 * 60 * 60 * 1000;
export const SESSION_MAX_MS = 180 * 24 * 60 * 60 * 1000;
/** last_seen_at is written at most once an hour per session, not on every request. */
export const SESSION_TOUCH_MS = 60 * 60 * 1000;

export const sessionExpiry = (createdAt: Date, now: Date): Date =>
  new Date(Math.min(now.getTime() + SESSION_IDLE_MS, createdAt.getTime() + SESSION_MAX_MS));
