import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../../../kernel/module';
import { PATHS, pattern } from '../paths';
import { displayData } from './display-data';
import { DisplayPage, DISPLAY_REFRESH_SECONDS } from './display-page';

/** The public call-up display of the waiting room (its data for the script is the API's display endpoint, api/). */
export function displayRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get(pattern(PATHS.display(':slug')), async (request, reply) => {
    const data = await displayData(deps.db, (request.params as { slug: string }).slug);
    reply.header('cache-control', 'no-store');
    return reply.page({
      title: `Aufruf ${data.location.name}`,
      bare: true,
      head: { refreshWithoutScriptSeconds: DISPLAY_REFRESH_SECONDS },
      body: <DisplayPage data={data} />,
    });
  });
}
