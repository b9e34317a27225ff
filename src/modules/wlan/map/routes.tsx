import type { FastifyInstance } from 'fastify';
import { errors } from '../../../kernel/http';
import type { ModuleDeps } from '../../../kernel/module';
import { RenderedOnce } from '../../../kernel/views';
import { broadbandAreas } from '../broadband/areas';
import { BroadbandSection } from '../broadband/section';
import { WLAN_CRUMBS } from '../crumbs';
import { PATHS } from '../paths';
import { currentHotspots } from './current-hotspots';
import { findHotspot } from './find-hotspot';
import { listHotspots } from './list-hotspots';
import { mayCache, resolveOrigin } from './near';
import { wlanHref, wlanQuery } from './query';
import { HotspotPage } from './views/hotspot-page';
import { WlanPage } from './views/wlan-page';

/**
 * Every other page keeps `geolocation=()` (kernel/http/security.ts); /wlan alone lets its own scripts
 * ask for the position, and only after a click (public/locate.js). Set on cached answers too.
 */
const ALLOW_GEOLOCATION = 'camera=(), microphone=(), geolocation=(self), payment=()';

/** /wlan is cached per URL for anonymous visitors, except for the places `mayCache` keeps out. */
export function mapRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  app.get(
    PATHS.public,
    {
      config: { pageCache: { tables: ['wlan_hotspots', 'wlan_broadband_areas'] } },
      onSend: async (_request, reply) => {
        reply.header('permissions-policy', ALLOW_GEOLOCATION);
      },
    },
    async (request, reply) => {
      const query = wlanQuery.parse(request.query ?? {});
      const origin = resolveOrigin(query, deps.config);
      const [hotspots, areas] = await Promise.all([currentHotspots(deps.db, ''), broadbandAreas(deps.db, '')]);
      // The list is always shown: by distance from a usable place, else by name (beside the choices or the error).
      const result = listHotspots(hotspots, query, origin.kind === 'place' ? origin.place.position : undefined);
      if (query.seite > result.pageCount) return reply.redirect(wlanHref(PATHS.public, { ...query, seite: result.pageCount }), 303);
      return reply.page({
        title: origin.kind === 'place' ? `WLAN-Hotspots in der Nähe von ${origin.place.label}` : 'WLAN für alle: Freifunk und Hotspots',
        breadcrumbs: WLAN_CRUMBS.slice(0, 1),
        hasErrors: origin.kind === 'invalid',
        keepOutOfCache: !mayCache(origin),
        body: (
          <WlanPage
            query={query}
            origin={origin}
            result={result}
            townName={deps.config.municipality.name}
            streetSource={deps.config.streets?.source}
            broadband={
              <RenderedOnce per={areas} name="wlan-broadband">
                <BroadbandSection areas={areas} />
              </RenderedOnce>
            }
          />
        ),
      });
    },
  );

  app.get<{ Params: { slug: string } }>(`${PATHS.public}/hotspots/:slug`, { config: { pageCache: { tables: ['wlan_hotspots'] } } }, async (request, reply) => {
    const hotspot = await findHotspot(deps.db, request.params.slug);
    if (!hotspot) throw errors.pageNotFound();
    // A node that left its feed: 410 Gone with a page that says so (links and bookmarks get an answer).
    return reply.page({
      title: hotspot.removedAt ? `${hotspot.name} (nicht mehr in Betrieb)` : `WLAN-Hotspot ${hotspot.name}`,
      breadcrumbs: WLAN_CRUMBS,
      status: hotspot.removedAt ? 410 : 200,
      body: <HotspotPage hotspot={hotspot} />,
    });
  });
}
