// GET /api/session: who is signed in, answering 200 either way. The web app asks this on every load; a
// signed-out visitor is an ordinary state, not an error, so it must not show up as a failed request.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Profile } from '../../contract/profile.js';
import type { AppContext } from '../context.js';
import { signedInUser } from '../person.js';
import { profileView } from './profile-view.js';

export const sessionRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/session',
    {
      schema: {
        tags: ['me'],
        summary: 'The signed-in profile, or null when nobody is signed in',
        response: { 200: z.object({ profile: Profile.nullable() }) },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const user = await signedInUser(ctx, request);
      return { profile: user ? profileView(user, ctx.config.defaultTimeZone, ctx.now()) : null };
    },
  );
};
