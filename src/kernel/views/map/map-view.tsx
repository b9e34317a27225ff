import { usePageContext } from '../context';
import { ASSET_VERSION } from '../assets';
import { FeatureList } from './feature-list';
import type { MapFeature } from './geojson';
import { SvgMap } from './svg-map';

interface MapWithListProps {
  /** Unique on the page: prefixes the ids of the caption and the list items. */
  id: string;
  title: string;
  /** From `parseGeoJson`; show its error instead when it has one. */
  features: readonly MapFeature[];
  /**
   * When the page lists the same objects itself (a paged list with filters, say), the map's own list
   * gives way to a link to it; that list is then the map's accessible alternative.
   */
  listedAt?: { href: string; text: string };
  /** The number of the first feature, when they continue a paged list's numbering (page 2 starts at 21). */
  firstNumber?: number;
}

/** What public/map.js needs to draw the same features on tiles: numbered names and geometries as GeoJSON. */
function tileData(features: readonly MapFeature[], firstNumber: number): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: features
      .map((feature, index) => ({
        type: 'Feature',
        properties: { name: `${index + firstNumber}. ${feature.name}`, ...(feature.variant ? { variant: feature.variant } : {}) },
        geometry: feature.geometry,
      }))
      .filter((feature) => feature.geometry !== null),
  });
}

/**
 * A map with its list: the server-drawn SVG over the municipality's outline (`map.boundary` of the
 * municipality file), and beside it (below on narrow screens) the numbered list of every feature,
 * which is the accessible alternative and stays in every case. With a tile server configured
 * (`map.tiles`), public/map.js replaces the drawing by a Leaflet map of the same features, served
 * by the portal itself; only the tiles come from the tile server, which the CSP then allows.
 */
export function MapWithList({ id, title, features, listedAt, firstNumber = 1 }: MapWithListProps) {
  const settings = usePageContext().municipality.map;
  const tiles = settings?.tiles;
  const captionId = `${id}-title`;
  const listId = `${id}-list`;
  const count = features.length === 1 ? '1 Objekt' : `${features.length} Objekte`;
  return (
    <div class="map-with-list" id={id}>
      <figure
        class="map"
        data-map-tiles={tiles?.url}
        data-map-attribution={tiles?.attribution}
        data-map-max-zoom={tiles?.maxZoom}
        data-map-features={tiles ? tileData(features, firstNumber) : undefined}
        data-map-boundary={tiles && settings.boundary ? JSON.stringify(settings.boundary) : undefined}
      >
        <figcaption class="map__title" id={captionId}>
          {title}
        </figcaption>
        <SvgMap labelledBy={captionId} features={features} boundary={settings?.boundary} firstNumber={firstNumber} />
      </figure>
      <div class="map-with-list__list">
        <p class="map-list__heading" id={listId}>
          {`${title}: ${count}`}
        </p>
        {listedAt ? (
          <p class="map-list__elsewhere">
            <a href={listedAt.href}>{listedAt.text}</a>
          </p>
        ) : (
          <FeatureList id={`${id}-feature`} labelledBy={listId} features={features} />
        )}
      </div>
      {tiles && <script src={`/assets/map.js?v=${ASSET_VERSION}`} defer />}
    </div>
  );
}
