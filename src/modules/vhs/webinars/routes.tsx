import type { FastifyInstance, FastifyRequest } from 'fastify';
import { errors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { COURSE_SLUG, WEBINAR_PATHS } from '../paths';
import { joinWebinar } from './use-cases/join-webinar';
import { recordWebinarEnd } from './use-cases/record-webinar-end';
import { showOnlineAccess } from './use-cases/show-online-access';
import { OnlineAccessPage } from './views/online-access';

function courseSlug(request: FastifyRequest): string {
  const { slug } = request.params as { slug: string };
  if (!COURSE_SLUG.test(slug)) throw errors.notFound('Der Online-Kurs');
  return slug;
}

const one = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The online room of a webinar (for booked participants and VHS staff) and BigBlueButton's end callback. */
export function registerWebinarRoutes(app: FastifyInstance, deps: Pick<ModuleDeps, 'db' | 'config'>): void {
  app.get(WEBINAR_PATHS.onlineAccess(':slug'), async (request, reply) => {
    const access = await showOnlineAccess(request.user, { slug: courseSlug(request) }, deps);
    return reply.page({ title: `Online teilnehmen: ${access.seat.course.title}`, body: <OnlineAccessPage access={access} /> });
  });

  app.post(WEBINAR_PATHS.join(':slug'), async (request, reply) => {
    const slug = courseSlug(request);
    const joined = await joinWebinar(request.user, { slug }, deps);
    if (joined.ok) return reply.redirect(joined.url, 303);
    const access = await showOnlineAccess(request.user, { slug }, deps);
    return reply.page({
      title: `Online teilnehmen: ${access.seat.course.title}`,
      hasErrors: true,
      body: <OnlineAccessPage access={access} errors={joined.errors} />,
    });
  });

  // bbb-web calls it with GET and appends `recordingmarks`; only the URL the portal signed is accepted.
  app.get(WEBINAR_PATHS.endCallback, async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const outcome = await recordWebinarEnd({ meetingId: one(query.meetingID), signature: one(query.signature) }, deps);
    if (outcome === 'refused') return reply.code(403).type('text/plain; charset=utf-8').send('Ungültige Signatur.');
    return reply
      .code(outcome === 'recorded' ? 200 : 404)
      .type('text/plain; charset=utf-8')
      .send(outcome === 'recorded' ? 'OK' : 'Unbekannte Besprechung.');
  });
}
