export { MapWithList } from './map-view';
export { parseGeoJson, type MapFeature } from './geojson';
export { bboxOf, projection, unionBBox } from './projection';
