export { MapWithList } from './map-view';
export { parseGeoJson, type GeoJsonResult, type MapFeature, type MapLimits } from './geojson';
