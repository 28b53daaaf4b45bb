// The OpenAPI document, generated from the zod schemas of the routes.
import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

export async function installOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Crampwise API',
        description: 'Leg cramps and leg pain in pregnancy: knowledge, triage and a private diary.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: 'cw_session',
            description: 'Named __Host-cw_session when PUBLIC_URL is https.',
          },
        },
      },
    },
    transform: jsonSchemaTransform,
    // Schemas named with .meta({ id }) in src/contract become components/schemas, referenced by $ref.
    transformObject: jsonSchemaTransformObject,
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
