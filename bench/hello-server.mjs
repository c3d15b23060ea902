// The baseline: a bare Fastify hello-world server, started by the benchmark beside Unknot so
// every figure is a ratio against the same machine under the same load.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/', async () => ({ hello: 'world' }));
app.post('/', async (request) => ({ hello: 'world', got: typeof request.body }));
// A bare page: the baseline for Lighthouse.
app.get('/page', async (_request, reply) =>
  reply
    .type('text/html; charset=utf-8')
    .send(
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="A bare page."><title>Hello</title></head><body><main><h1>Hello, world</h1></main></body></html>',
    ),
);
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 0) });
process.stdout.write('ready\n');
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => app.close().then(() => process.exit(0)));
