import { formatDistance } from '../../../../kernel/geo';
import { formatDateTime, StatusTag } from '../../../../kernel/views';
import { PATHS } from '../../paths';
import type { ListedHotspot } from '../list-hotspots';
import { clientsText, KIND_LABELS } from '../presenters';

/** Online or offline in words (never colour alone). */
export function OnlineTag({ online }: { online: boolean }) {
  return online ? <StatusTag kind="success">Online</StatusTag> : <StatusTag kind="neutral">Offline</StatusTag>;
}

/** Online with its devices, or offline since when: the one fact about the state a visitor needs. */
function State({ hotspot }: { hotspot: ListedHotspot }) {
  if (hotspot.online) return <>{[<OnlineTag online />, ` ${clientsText(hotspot.clients)}`]}</>;
  return <>{[<OnlineTag online={false} />, hotspot.lastSeenAt ? ` zuletzt gesehen ${formatDateTime(hotspot.lastSeenAt)}` : ' seit unbekannter Zeit']}</>;
}

/**
 * The facts as the map's own list shows properties (public/portal.css: map-list__properties). Only
 * what tells hotspots apart: an address when one is known (most Freifunk nodes have coordinates
 * only, and the distance says where they are), and "last seen" only for one that is offline.
 */
function Facts({ hotspot }: { hotspot: ListedHotspot }) {
  return (
    <dl class="map-list__properties hotspot-list__facts">
      {hotspot.distance !== undefined && (
        <div>
          <dt>Entfernung</dt>
          <dd>{formatDistance(hotspot.distance)}</dd>
        </div>
      )}
      {hotspot.address && (
        <div>
          <dt>Ort</dt>
          <dd>{hotspot.address}</dd>
        </div>
      )}
      <div>
        <dt>Betrieben von</dt>
        <dd>{`${hotspot.operator} (${KIND_LABELS[hotspot.kind]})`}</dd>
      </div>
      <div>
        <dt>Zustand</dt>
        <dd>
          <State hotspot={hotspot} />
        </dd>
      </div>
      {!hotspot.insideArea && (
        <div>
          <dt>Hinweis</dt>
          <dd>Außerhalb des Stadtgebiets</dd>
        </div>
      )}
    </dl>
  );
}

/**
 * The hotspots of one page, numbered on from the pages before (the numbers are the map's when it
 * draws only this page, as with a place given). Always shown: it is the map's text alternative.
 */
export function HotspotList({ hotspots, firstNumber }: { hotspots: readonly ListedHotspot[]; firstNumber: number }) {
  return (
    <ol class="hotspot-list" start={firstNumber}>
      {hotspots.map((hotspot) => (
        <li class="hotspot-list__item">
          <h3 class="hotspot-list__name">
            <a href={PATHS.hotspot(hotspot.slug)}>{hotspot.name}</a>
          </h3>
          <Facts hotspot={hotspot} />
        </li>
      ))}
    </ol>
  );
}
