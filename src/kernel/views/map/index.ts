export { MapWithList } from './map-view';
export { parseGeoJson, DEFAULT_MAP_LIMITS, type GeoJsonResult, type MapFeature, type MapGeometry, type MapLimits, type Position } from './geojson';
