// Builds the Fastify app (no listening): validation and OpenAPI from the shared Zod schemas,
// security headers, one error handler, the API routes and the web app.
import fastifyCompress from '@fastify/compress';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { App, AppDeps } from './app-types.js';
import { type Clock, systemClock } from './auth/clock.js';
import { therapistInvitations } from './auth/invitation-sign-up.js';
import { roleHooks } from './auth/roles.js';
import { SIGN_UPS_PER_ADDRESS } from './auth/sign-in-limit.js';
import type { SignUpGate } from './auth/sign-up-gate.js';
import type { InvitationCheck, SignUpMode } from './auth/sign-up-policy.js';
import { signedInAccess } from './auth/signed-in.js';
import { erasesSettled } from './erase-queue.js';
import { frameworkErrorOptions, installErrorShape } from './error-shape.js';
import { errorBody } from './errors.js';
import { installHttpPolicy } from './http-policy.js';
import { withRedactedTokens } from './log-redaction.js';
import { defaultOverloadLimits, type OverloadLimits, shedOverload } from './overload.js';
import { accountRoutes } from './routes/account.js';
import { adminRoutes } from './routes/admin.js';
import { authRoutes } from './routes/auth.js';
import { contentRoutes } from './routes/content.js';
import { exportRoutes } from './routes/export.js';
import { healthRoutes } from './routes/health.js';
import { invitationRoutes } from './routes/invitations.js';
import { matchRoutes } from './routes/match.js';
import { myTherapistRoutes } from './routes/my-therapists.js';
import { openapiRoutes } from './routes/openapi.js';
import { planRoutes } from './routes/plan.js';
import { progressRoutes } from './routes/progress.js';
import { recordRoutes } from './routes/records.js';
import { reminderRoutes } from './routes/reminders.js';
import { therapistClientRoutes } from './routes/therapist-clients.js';
import { therapistWorkRoutes } from './routes/therapist-work.js';
import { triageRoutes } from './routes/triage.js';
import { twoFactorRoutes } from './routes/two-factor.js';
import { installSecurityHeaders } from './security-headers.js';
import { webRoutes } from './web.js';

export interface BuildOptions extends AppDeps {
  /** Folder of the built web app; null serves the API only. */
  readonly webRoot: string | null;
  readonly logger?: FastifyServerOptions['logger'];
  /** Largest request body in bytes. */
  readonly bodyLimit?: number;
  /** Where login sessions, rate limits and records read the time; tests pass a fixed one. */
  readonly clock?: Clock;
  /**
   * Behind a reverse proxy: which proxies to believe about the client's address and TLS
   * (Fastify's trustProxy). Without it, sign-in limits per address would count the proxy.
   */
  readonly trustProxy?: string | false;
  /** Host names answered besides loopback names and IP addresses (ALLOWED_HOSTS, PUBLIC_URL). */
  readonly allowedHosts?: readonly string[];
  /** SIGNUPS: who may make an account unless the administrator chose otherwise. */
  readonly signups?: SignUpMode;
  /** SIGNUPS_PER_ADDRESS: sign-ups allowed from one address in 15 minutes. */
  readonly signUpsPerAddress?: number;
  /** When to shed load with 503 (tests use a short sample interval). */
  readonly overload?: OverloadLimits;
  /** Whether the built web app's source maps are served (SOURCE_MAPS=serve); off by default. */
  readonly serveSourceMaps?: boolean;
  /** Lets an invitation token admit a sign-up while sign-ups are by invitation; by default an
   * open therapist invitation does. */
  readonly invitations?: InvitationCheck;
}

export async function buildApp(options: BuildOptions): Promise<App> {
  const app = Fastify({
    logger: withRedactedTokens(options.logger ?? false),
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    ...frameworkErrorOptions,
    trustProxy: options.trustProxy ?? false,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorShape(app);
  installHttpPolicy(app, { allowedHosts: options.allowedHosts ?? [] });
  await shedOverload(app, options.overload ?? defaultOverloadLimits);
  // Only JSON bodies are accepted: text/plain would otherwise reach handlers as a string.
  app.removeContentTypeParser(['text/plain']);

  installSecurityHeaders(app);

  // Answers over 1 KB (JSON, the page) go out compressed when the client accepts it; the web
  // app's files come precompressed from the build. Request bodies stay plain JSON only.
  app.addHook('onRoute', (routeOptions) => {
    routeOptions.decompress ??= false;
  });
  await app.register(fastifyCompress, { global: true, threshold: 1024 });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Unknot API',
        version: options.version,
        description:
          'Self-care guidance for low and mid back pain. Not a diagnosis. Every error is ' +
          '{"error":{"code","message","details"}}.',
      },
    },
    transform: jsonSchemaTransform,
  });

  const deps: AppDeps = { database: options.database, version: options.version };
  healthRoutes(app, deps);
  openapiRoutes(app);
  contentRoutes(app);
  matchRoutes(app);
  triageRoutes(app, options.clock ?? systemClock);

  // Accounts and each person's own data under /api/auth and /api/me.
  const access = await signedInAccess(app, {
    db: options.database.db,
    clock: options.clock ?? systemClock,
  });
  const gate: SignUpGate = {
    signupsFromEnvironment: options.signups ?? 'open',
    invitations:
      options.invitations ??
      therapistInvitations(options.database.db, options.clock ?? systemClock),
    perAddress: options.signUpsPerAddress ?? SIGN_UPS_PER_ADDRESS,
  };
  // The plan is open to all; signed in, it weighs the therapist's findings, and with
  // useHistory the person's own sessions.
  planRoutes(app, options.clock ?? systemClock, access);
  authRoutes(app, access, gate);
  accountRoutes(app, access, options.database);
  // A vacuum still running after a deletion finishes before the database closes.
  app.addHook('onClose', () => erasesSettled(options.database));
  recordRoutes(app, access);
  reminderRoutes(app, access);
  progressRoutes(app, access);
  exportRoutes(app, access);

  // Therapists and their clients, and the administrator's account list.
  twoFactorRoutes(app, access);
  const roles = roleHooks(access);
  adminRoutes(app, access, roles, gate);
  invitationRoutes(app, access, roles);
  myTherapistRoutes(app, access);
  therapistClientRoutes(app, access, roles);
  therapistWorkRoutes(app, access, roles);

  const spaFallback = options.webRoot
    ? await webRoutes(app, options.webRoot, {
        serveSourceMaps: options.serveSourceMaps ?? false,
      })
    : null;
  app.setNotFoundHandler((request, reply) => {
    const page = request.method === 'GET' && spaFallback ? spaFallback(request.url) : null;
    if (page)
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(page);
    return reply
      .status(404)
      .send(
        errorBody(
          'not_found',
          `There is nothing at ${request.method} ${request.url.split('?')[0]}.`,
        ),
      );
  });

  return app;
}
