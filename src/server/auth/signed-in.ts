// Who is signed in: reads the session cookie, finds its session in the database, and lets
// routes require a signed-in person. Also starts and ends sessions (cookie and row together).
import fastifyCookie from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Account } from '../../core/contracts/account.js';
import {
  createLoginSession,
  deleteExpiredSessions,
  endLoginSession,
  findLoginSession,
  pruneUserSessions,
  touchLoginSession,
} from '../../db/repositories/login-sessions.js';
import type { Db } from '../../db/schema.js';
import type { App } from '../app-types.js';
import { ApiError } from '../errors.js';
import type { Clock } from './clock.js';
import { refuseCrossSite } from './same-site.js';
import { rateLimitSecret } from './server-secret.js';
import { SESSION_TOUCH_MS, sessionCookieFor, sessionExpiry } from './session-cookie.js';
import { looksLikeSessionToken, newSessionToken, tokenHash } from './tokens.js';

export interface SignedIn {
  readonly userId: string;
  readonly account: Account;
  readonly tokenHash: string;
}

type Hook = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

/** At most this many login sessions per account; a new sign-in ends the oldest beyond it. */
export const SESSIONS_PER_ACCOUNT = 10;

export interface Access {
  readonly db: Db;
  readonly clock: Clock;
  /** Key for the keyed hashes of rate-limit rows (see server-secret.ts). */
  readonly rateLimitSecret: Buffer;
  /** onRequest hooks for a route that changes state but needs no account (sign-in, sign-up). */
  readonly sameSite: Hook[];
  /** onRequest hooks for a route of one person's own data: same site, then signed in. */
  readonly signedIn: Hook[];
  /** The person a `signedIn` route is serving. */
  person(request: FastifyRequest): SignedIn;
  /** On a route open to all: the signed-in person's id when the cookie names a live session. */
  signedInUserId(request: FastifyRequest): Promise<string | null>;
  /** Starts a new login session for the account and sets its cookie. */
  startSession(request: FastifyRequest, reply: FastifyReply, userId: string): Promise<void>;
  /** Ends this request's login session, if any, and clears its cookie. */
  endSession(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  clearCookie(request: FastifyRequest, reply: FastifyReply): void;
}

export async function signedInAccess(
  app: App,
  deps: { readonly db: Db; readonly clock: Clock },
): Promise<Access> {
  await app.register(fastifyCookie);
  const { db, clock } = deps;
  const secret = await rateLimitSecret(db, clock());
  const people = new WeakMap<FastifyRequest, SignedIn>();

  const setCookie = (
    request: FastifyRequest,
    reply: FastifyReply,
    token: string,
    expiresAt: Date,
  ) => {
    const cookie = sessionCookieFor(request);
    reply.setCookie(cookie.name, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: cookie.secure,
      maxAge: Math.max(0, Math.floor((expiresAt.getTime() - clock().getTime()) / 1000)),
    });
  };

  const clearCookie = (request: FastifyRequest, reply: FastifyReply) => {
    const cookie = sessionCookieFor(request);
    reply.clearCookie(cookie.name, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: cookie.secure,
    });
  };

  const tokenOf = (request: FastifyRequest): string | null => {
    const token = request.cookies[sessionCookieFor(request).name];
    return token && looksLikeSessionToken(token) ? token : null;
  };

  const requireSignedIn: Hook = async (request, reply) => {
    const token = tokenOf(request);
    if (!token) throw new ApiError('unauthorized');
    const now = clock();
    const hash = tokenHash(token);
    const session = await findLoginSession(db, hash, now);
    if (!session) {
      clearCookie(request, reply);
      throw new ApiError('unauthorized', 'Your sign-in has ended. Please sign in again.');
    }
    if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_TOUCH_MS) {
      const expiresAt = sessionExpiry(session.createdAt, now);
      await touchLoginSession(db, hash, now, expiresAt);
      setCookie(request, reply, token, expiresAt);
    }
    people.set(request, {
      userId: session.userId,
      tokenHash: hash,
      account: {
        id: session.userId,
        email: session.email,
        displayName: session.displayName,
        role: session.role,
        isAdmin: session.isAdmin,
        twoFactor: session.twoFactor,
        createdAt: session.userCreatedAt.toISOString(),
      },
    });
  };

  return {
    db,
    clock,
    rateLimitSecret: secret,
    sameSite: [refuseCrossSite],
    signedIn: [refuseCrossSite, requireSignedIn],
    person(request) {
      const person = people.get(request);
      if (!person) throw new Error('This route must list access.signedIn in onRequest.');
      return person;
    },
    async signedInUserId(request) {
      const token = tokenOf(request);
      if (!token) return null;
      const session = await findLoginSession(db, tokenHash(token), clock());
      return session?.userId ?? null;
    },
    async startSession(request, reply, userId) {
      const now = clock();
      const token = newSessionToken();
      const expiresAt = sessionExpiry(now, now);
      // A good moment to sweep: sign-ins are rare next to other requests.
      await deleteExpiredSessions(db, now);
      await createLoginSession(db, { tokenHash: tokenHash(token), userId, now, expiresAt });
      await pruneUserSessions(db, userId, SESSIONS_PER_ACCOUNT);
      setCookie(request, reply, token, expiresAt);
    },
    async endSession(request, reply) {
      const token = tokenOf(request);
      if (token) await endLoginSession(db, tokenHash(token));
      clearCookie(request, reply);
    },
    clearCookie,
  };
}
