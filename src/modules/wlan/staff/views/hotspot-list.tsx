import { ButtonLink, StatusTag, Table } from '../../../../kernel/views';
import { STAFF_PATHS } from '../../paths';
import type { WlanHotspot } from '../../tables';
import { hotspotState } from '../presenters';
import type { OwnHotspotsPage } from '../use-cases/show-own-hotspots';

/** The city's and its companies' own hotspots; the imported Freifunk nodes only in numbers (their feeds keep them). */
export function HotspotListPage({ hotspots, freifunk }: OwnHotspotsPage) {
  return (
    <>
      <h1>Eigene Hotspots</h1>
      <p class="lead">
        Die freien WLAN-Zugänge der Stadt und ihrer Gesellschaften. Sie erscheinen auf der Karte und in der Liste unter „WLAN“ neben den Knoten der
        Freifunk-Community.
      </p>
      <ButtonLink href={STAFF_PATHS.newHotspot}>Hotspot hinzufügen</ButtonLink>
      <Table<WlanHotspot>
        caption={`Eigene Hotspots (${hotspots.length})`}
        columns={[
          { header: 'Name', cell: (hotspot) => <a href={STAFF_PATHS.hotspot(hotspot.id)}>{hotspot.name}</a> },
          { header: 'Betreiber', cell: (hotspot) => hotspot.operator },
          { header: 'Adresse', cell: (hotspot) => hotspot.address },
          { header: 'Zustand', cell: (hotspot) => <StatusTag kind={hotspotState(hotspot).kind}>{hotspotState(hotspot).label}</StatusTag> },
          { header: 'Im Stadtgebiet', cell: (hotspot) => (hotspot.insideArea ? 'ja' : 'nein') },
        ]}
        rows={hotspots}
        empty="Es sind noch keine eigenen Hotspots eingetragen."
      />
      <h2>Freifunk</h2>
      <p>
        Aus den Feeds der Freifunk-Community sind {freifunk.total} Knoten übernommen, davon {freifunk.online} gerade online und {freifunk.inside} im
        Stadtgebiet. Sie werden über die <a href={STAFF_PATHS.sources}>Feed-Quellen</a> aktuell gehalten.
      </p>
    </>
  );
}
