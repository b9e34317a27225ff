import type { ComponentChildren } from 'preact';
import { formatDistance } from '../../../../kernel/geo';
import { ErrorSummary, FilterChips, LinkCards, Pagination, RenderedOnce, type FilterChip, type LinkCard } from '../../../../kernel/views';
import { MapWithList, type MapFeature } from '../../../../kernel/views/map';
import { PATHS, STATISTICS_PATH } from '../../paths';
import { PAGE_SIZE, type HotspotPage, type ListedHotspot } from '../list-hotspots';
import type { Origin } from '../near';
import { hotspotCount } from '../presenters';
import { wlanHref, type WlanQuery } from '../query';
import { WlanFilters } from './filters';
import { HotspotList } from './hotspot-list';

interface WlanPageProps {
  query: WlanQuery;
  origin: Origin;
  /** By distance when the place could be used, else by name. */
  result: HotspotPage;
  townName: string;
  streetSource?: string;
  /** The broadband section (wlan-map's broadband/), rendered by the route. */
  broadband: ComponentChildren;
}

function chipsOf(query: WlanQuery, origin: Origin): FilterChip[] {
  const without = (change: Partial<WlanQuery>) => wlanHref(PATHS.public, { ...query, ...change, seite: 1 });
  const chips: Array<FilterChip | false> = [
    origin.kind === 'place' && { label: `Nähe: ${origin.place.label}`, href: without({ ort: '', breite: '', laenge: '' }) },
    query.status !== 'alle' && { label: query.status === 'online' ? 'Nur online' : 'Nur offline', href: without({ status: 'alle' }) },
    query.art !== 'alle' && { label: query.art === 'freifunk' ? 'Freifunk' : 'Stadt und Gesellschaften', href: without({ art: 'alle' }) },
    query.bereich === 'alle' && { label: 'Auch außerhalb des Stadtgebiets', href: without({ bereich: 'stadt' }) },
  ];
  return chips.filter((chip): chip is FilterChip => Boolean(chip));
}

function hotspotFeature(hotspot: ListedHotspot): MapFeature {
  return {
    name: hotspot.name,
    properties: [],
    geometry: hotspot.position ? { type: 'Point', coordinates: hotspot.position } : null,
    ...(hotspot.online ? {} : { variant: 'muted' as const }),
  };
}

/**
 * With a place, the map shows the place and this page's hotspots, numbered as in the list; without
 * one, every hotspot the filters let through, as small points (the list below names them page by page).
 */
function mapFeatures(result: HotspotPage, origin: Origin): MapFeature[] {
  if (origin.kind !== 'place') return result.matches.map(hotspotFeature);
  const here: MapFeature = { name: origin.place.label, properties: [], geometry: { type: 'Point', coordinates: origin.place.position }, variant: 'marked' };
  return [...result.page.map(hotspotFeature), here];
}

function Choices({ query, origin }: { query: WlanQuery; origin: Extract<Origin, { kind: 'choose' }> }) {
  return (
    <section class="place-choices" aria-labelledby="choices-title">
      <h2 id="choices-title">{`Meinten Sie …`}</h2>
      <p>{`Zu „${origin.typed}“ passen mehrere Straßen. Wählen Sie eine:`}</p>
      <ul>
        {origin.places.map((place) => (
          <li>
            <a href={wlanHref(PATHS.public, { ...query, ort: place.label, breite: '', laenge: '', seite: 1 })}>{place.label}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Intro({ townName }: { townName: string }) {
  return (
    <>
      <h1>WLAN für alle</h1>
      <p class="lead">{`Kostenloses WLAN in ${townName}: die Freifunk-Knoten der Gemeinschaft und die Hotspots der Stadt und ihrer Gesellschaften.`}</p>
      <p>
        Freifunk ist ein freies WLAN, das Menschen aus der Nachbarschaft mit eigenen Routern betreiben. Sie verbinden sich mit dem Netz „Freifunk“ ohne
        Anmeldung, ohne Passwort und kostenlos. Die Karte zeigt, wo Hotspots stehen und ob sie gerade erreichbar sind.
      </p>
    </>
  );
}

/** What else the module offers around the map: report a gap, see the reported gaps, host Freifunk, the figures. */
const MORE: LinkCard[] = [
  { href: PATHS.reportGap, label: 'WLAN-Lücke melden', description: 'Wo fehlt freies WLAN? Melden Sie einen Ort, ohne Konto.' },
  { href: PATHS.gapMap, label: 'Karte der WLAN-Lücken', description: 'Welche Orte gemeldet wurden und was die Stadt plant.' },
  { href: PATHS.hosting, label: 'Freifunk anbieten', description: 'Einen Freifunk-Router aufstellen: wie es geht und was die Stadt beiträgt.' },
  { href: STATISTICS_PATH, label: 'Freies WLAN in Zahlen', description: 'Wie das Netz wächst: Hotspots, Erreichbarkeit und Geräte.' },
];

function More() {
  return (
    <section aria-labelledby="wlan-more-title">
      <h2 id="wlan-more-title">Mitmachen und mehr erfahren</h2>
      <LinkCards cards={MORE} titleLevel={3} />
    </section>
  );
}

function Downloads() {
  return (
    <p class="wlan-downloads">
      {'Alle Hotspots als offene Daten: '}
      <a href={PATHS.hotspotsGeoJson} type="application/geo+json">
        GeoJSON (für Karten)
      </a>
      {', '}
      <a href={PATHS.hotspotsCsv} type="text/csv">
        CSV (für Tabellen)
      </a>
    </p>
  );
}

/** `/wlan`: intro, "near me" and filters, the map, the list (always), the broadband areas. */
export function WlanPage({ query, origin, result, townName, streetSource, broadband }: WlanPageProps) {
  const chips = chipsOf(query, origin);
  const errors = origin.kind === 'invalid' ? origin.errors : undefined;
  return (
    <>
      <Intro townName={townName} />
      <ErrorSummary errors={errors} />
      <div class="filter-layout">
        <WlanFilters query={query} errors={errors} activeCount={chips.length} />
        <div class="filter-results">
          <FilterChips chips={chips} clearHref={PATHS.public} />
          {origin.kind === 'choose' && <Choices query={query} origin={origin} />}
          <Results query={query} origin={origin} result={result} streetSource={streetSource} />
        </div>
      </div>
      {broadband}
      <RenderedOnce per={MORE} name="wlan-more">
        <More />
      </RenderedOnce>
    </>
  );
}

function Results({ query, origin, result, streetSource }: { query: WlanQuery; origin: Origin; result: HotspotPage; streetSource?: string }) {
  const near = origin.kind === 'place' ? origin : undefined;
  const nearest = near && result.page[0]?.distance !== undefined ? result.page[0] : undefined;
  const firstNumber = (result.pageNumber - 1) * PAGE_SIZE + 1;
  return (
    <section aria-labelledby="results-title">
      <h2 id="results-title">
        {hotspotCount(result.total)}
        {near ? ` nach Entfernung von ${near.place.label}` : ''}
        {result.pageCount > 1 ? `, Seite ${result.pageNumber} von ${result.pageCount}` : ''}
      </h2>
      {nearest && <p>{`Der nächste Hotspot, „${nearest.name}“, ist etwa ${formatDistance(nearest.distance!)} entfernt (Luftlinie).`}</p>}
      {near?.source === 'address' && streetSource && (
        <p class="hint">{`Entfernungen ab ${near.place.exact ? 'der Hausnummer' : 'der Straßenmitte'} laut Straßenverzeichnis. ${streetSource}`}</p>
      )}
      <MapWithList
        id="wlan-map"
        title={near ? `Karte: ${near.place.label} und die Hotspots dieser Seite` : `Karte: ${hotspotCount(result.matches.length)}`}
        features={mapFeatures(result, origin)}
        listedAt={{ href: '#hotspot-list-title', text: 'Zur Liste der Hotspots (mit Adressen und Zustand)' }}
        firstNumber={near ? firstNumber : 1}
      />
      <p class="hint">Gefüllte Punkte: online. Leere Punkte: offline.{near ? ' Quadrat: Ihr Ausgangspunkt.' : ''}</p>
      <h2 id="hotspot-list-title" class="visually-hidden">
        Liste der Hotspots
      </h2>
      {result.total === 0 ? (
        <p>
          Keine Hotspots mit diesen Filtern. <a href={PATHS.public}>Alle Hotspots anzeigen</a>
        </p>
      ) : (
        <HotspotList hotspots={result.page} firstNumber={firstNumber} />
      )}
      <Pagination page={result.pageNumber} pageCount={result.pageCount} hrefFor={(seite) => wlanHref(PATHS.public, { ...query, seite })} />
      <Downloads />
    </section>
  );
}
