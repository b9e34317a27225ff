/** Test-only entry of the wlan module (tests/support/README.md): helpers other tests may use, one block per part. */
export { MANAGE_PERMISSION } from './policies';
// The map: a hotspot factory.
export { insertHotspot } from './map/test-support';
// Coverage gaps: a street list for the address lookup, reports written directly.
export { insertGapReport, useTestStreets } from './gaps/test-support';
// Import and staff sections: their URLs and a feed to import.
export { STAFF_PATHS, STATISTICS_PATH } from './paths';
export { feedFixture } from './import/test-support';
