import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Actor } from '../../../kernel/auth';
import { ATOM_CONTENT_TYPE } from '../../../kernel/feeds/atom';
import { sendFile } from '../../../kernel/files';
import { ICAL_CONTENT_TYPE } from '../../../kernel/ical';
import type { ModuleDeps } from '../../../kernel/module';
import { PAGE_PATHS } from '../paths';
import { meetingsFeed, papersFeed } from './use-cases/council-feeds';
import { meetingCalendar } from './use-cases/meeting-calendar';
import { openFile } from './use-cases/open-file';
import { GonePage } from './views/parts';

/** `type/subtype` and nothing else: a header value from a source must not break the answer. */
const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/i;

/** Feeds for anyone: shared caches may keep them a few minutes (they hold only public information). */
const PUBLIC_FEED = 'public, max-age=300';

/** The iCal and Atom feeds and the documents at /rat (README "Pages"). */
export function councilFeedRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const calendar = async (slug: string | undefined, reply: FastifyReply, actor: Actor) => {
    const { body, filename } = await meetingCalendar(actor, slug === undefined ? {} : { slug }, deps);
    return reply
      .header('content-type', ICAL_CONTENT_TYPE)
      .header('content-disposition', `inline; filename="${filename}"`)
      .header('cache-control', PUBLIC_FEED)
      .send(body);
  };
  app.get(PAGE_PATHS.meetingsCalendar, (request, reply) => calendar(undefined, reply, request.user));
  app.get<{ Params: { slug: string } }>(PAGE_PATHS.organizationCalendar(':slug'), (request, reply) => calendar(request.params.slug, reply, request.user));

  app.get(PAGE_PATHS.meetingsFeed, async (request, reply) => {
    const body = await meetingsFeed(request.user, deps);
    return reply.header('content-type', ATOM_CONTENT_TYPE).header('cache-control', PUBLIC_FEED).send(body);
  });
  app.get(PAGE_PATHS.papersFeed, async (request, reply) => {
    const body = await papersFeed(request.user, deps);
    return reply.header('content-type', ATOM_CONTENT_TYPE).header('cache-control', PUBLIC_FEED).send(body);
  });

  app.get<{ Params: { id: string } }>(PAGE_PATHS.file(':id'), async (request, reply) => {
    const opened = await openFile(request.user, { id: request.params.id }, deps);
    if (opened.kind === 'elsewhere') return reply.redirect(opened.url, 302);
    if (opened.kind === 'gone') {
      const title = opened.file.name ?? 'Dokument gelöscht';
      return reply.page({ title, status: 410, body: <GonePage title={title} text="Dieses Dokument wurde aus dem Ratsinformationssystem gelöscht." /> });
    }
    const { file, body } = opened;
    return sendFile(
      reply,
      {
        // The source's claim, if it is a plain media type; never rendered inline (sendFile: attachment, nosniff).
        contentType: file.mimeType && MEDIA_TYPE.test(file.mimeType) ? file.mimeType : 'application/octet-stream',
        filename: file.fileName ?? file.name ?? 'dokument',
        // A non-public file is someone's privilege: no shared cache may keep it.
        audience: file.public ? 'public' : 'private',
      },
      body,
    );
  });
}
