// Which Host names the server answers to (DNS rebinding), HSTS and a Permissions-Policy over
// TLS, and `Cache-Control: no-store` on every answer that may carry health or account data.
import { isIP } from 'node:net';
import type { App } from './app-types.js';
import { ApiError } from './errors.js';

const loopbackNames = ['localhost', '127.0.0.1', '::1'];

/** A host name as compared: lower case, no brackets, no trailing dot, no port. */
export function bareHost(host: string): string {
  let h = host.trim().toLowerCase();
  if (h.startsWith('[')) h = h.slice(1, h.indexOf(']') === -1 ? undefined : h.indexOf(']'));
  else if (h.split(':').length === 2) h = h.split(':')[0] ?? '';
  return h.endsWith('.') ? h.slice(0, -1) : h;
}

/**
 * Whether a request for `host` may be answered: the loopback names, any IP address (DNS
 * rebinding needs a name the attacker controls, so an address typed by hand is safe), and the
 * names the owner allowed (ALLOWED_HOSTS, or the host of PUBLIC_URL).
 */
export function hostAllowed(host: string | undefined, allowed: ReadonlySet<string>): boolean {
  if (!host) return false;
  const h = bareHost(host);
  return loopbackNames.includes(h) || isIP(h) !== 0 || allowed.has(h);
}

// Features the app uses (the microphone for voice commands, keeping the screen awake) are kept
// for this site; the rest are off for every page.
export const permissionsPolicy =
  'camera=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), ' +
  'microphone=(self), screen-wake-lock=(self), fullscreen=(self)';

export const hstsValue = 'max-age=31536000';

const privatePrefixes = ['/api/me', '/api/auth/', '/api/admin/'];

export function installHttpPolicy(app: App, options: { readonly allowedHosts: readonly string[] }) {
  const allowed = new Set(options.allowedHosts.map(bareHost));
  app.addHook('onRequest', async (request) => {
    if (!hostAllowed(request.host, allowed)) {
      request.log.warn({ event: 'host_refused' }, 'security: request for a host name not allowed');
      throw new ApiError('unknown_host');
    }
  });
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('permissions-policy', permissionsPolicy);
    // Behind a trusted proxy, request.protocol reads X-Forwarded-Proto.
    if (request.protocol === 'https') reply.header('strict-transport-security', hstsValue);
    if (privatePrefixes.some((prefix) => request.url.startsWith(prefix)))
      reply.header('cache-control', 'no-store');
    return payload;
  });
}
