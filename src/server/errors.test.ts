import Fastify from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { handleError } from './errors.js';

async function appWith(schema: z.ZodType) {
  const app = Fastify().withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.post('/x', { schema: { body: schema } }, async () => ({ ok: true }));
  await app.ready();
  return app;
}

describe('validation errors from Zod-checked routes', () => {
  it('name the offending field as a path a person can read', async () => {
    const app = await appWith(
      z.object({ items: z.array(z.object({ score: z.number().max(10) })) }),
    );
    const response = await app.inject({
      method: 'POST',
      url: '/x',
      payload: { items: [{ score: 1 }, { score: 11 }] },
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('invalid_body');
    expect(error.details.issues[0].path).toBe('items[1].score');
    expect(error.message).toMatch(/^items\[1\]\.score: /);
  });

  it('carry a domain code a schema put on its issue', async () => {
    const app = await appWith(
      z.object({
        id: z.string().refine((v) => v === 'known', {
          message: 'not known',
          params: { code: 'unknown_region' },
        }),
      }),
    );
    const response = await app.inject({ method: 'POST', url: '/x', payload: { id: 'elbow' } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'unknown_region',
      message: 'id: not known',
    });
  });
});
