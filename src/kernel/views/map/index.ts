export { MapWithList } from './map-view';
export { parseGeoJson, type MapFeature } from './geojson';
