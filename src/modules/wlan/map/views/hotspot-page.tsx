import { formatDateTime, InsetText, SummaryList, type SummaryRow } from '../../../../kernel/views';
import { MapWithList } from '../../../../kernel/views/map';
import { PATHS } from '../../paths';
import type { HotspotDetail } from '../find-hotspot';
import { clientsText, KIND_LABELS } from '../presenters';
import { OnlineTag } from './hotspot-list';

const when = (date: Date | null) => (date ? formatDateTime(date) : 'unbekannt');

/**
 * `/wlan/hotspots/{slug}`: what is known of one hotspot, with its position on a small map. A node
 * that left its feed keeps its page (answered with 410 Gone) so links and bookmarks explain what happened.
 */
export function HotspotPage({ hotspot }: { hotspot: HotspotDetail }) {
  const position = hotspot.latitude !== null && hotspot.longitude !== null ? ([hotspot.longitude, hotspot.latitude] as const) : undefined;
  const rows: SummaryRow[] = [
    { key: 'Betrieben von', value: `${hotspot.operator} (${KIND_LABELS[hotspot.kind]})` },
    { key: 'Adresse', value: hotspot.address || 'Nicht angegeben' },
    { key: 'Zustand', value: hotspot.removedAt ? 'Nicht mehr in Betrieb' : <OnlineTag online={hotspot.online} /> },
    ...(hotspot.removedAt ? [] : [{ key: 'Verbundene Geräte', value: hotspot.online ? clientsText(hotspot.clients) : 'keine (offline)' }]),
    { key: 'Zuletzt gesehen', value: when(hotspot.lastSeenAt) },
    { key: 'Zuerst gesehen', value: when(hotspot.firstSeenAt) },
  ];
  return (
    <>
      <h1>{hotspot.name}</h1>
      {hotspot.removedAt && (
        <InsetText>
          <p>{`Dieser Hotspot ist seit ${formatDateTime(hotspot.removedAt)} nicht mehr in Betrieb: Er fehlt in den Daten der Freifunk-Gemeinschaft.`}</p>
          <p>
            <a href={PATHS.public}>Hotspots in der Nähe finden</a>
          </p>
        </InsetText>
      )}
      {!hotspot.insideArea && (
        <InsetText>
          <p>Dieser Hotspot liegt außerhalb des Stadtgebiets. Er wird gezeigt, weil die Freifunk-Gemeinschaft ihn zu ihrem Netz in der Region zählt.</p>
        </InsetText>
      )}
      {hotspot.kind === 'own' && hotspot.description && <p>{hotspot.description}</p>}
      <SummaryList rows={rows} />
      {position ? (
        <MapWithList
          id="hotspot-map"
          title={`Lage von ${hotspot.name}`}
          features={[{ name: hotspot.name, properties: [], geometry: { type: 'Point', coordinates: position } }]}
        />
      ) : (
        <p>Für diesen Hotspot ist keine Position bekannt.</p>
      )}
      <p>
        <a href={PATHS.public}>Alle Hotspots auf der Karte</a>
      </p>
      <p>
        {'Hier ist das WLAN zu schwach oder fehlt ganz? '}
        <a href={PATHS.reportGap}>WLAN-Lücke melden</a>
      </p>
    </>
  );
}
