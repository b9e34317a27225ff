/** Test-only entry of the wlan module (tests/support/README.md): helpers other tests may use, one block per part. */
// The map: the demo seed and a hotspot factory.
export { seedWlanDemo } from './demo/index';
export { insertHotspot } from './map/test-support';
// Coverage gaps: a street list for the address lookup, reports written directly.
export { insertGapReport, useTestStreets } from './gaps/test-support';
export { MANAGE_PERMISSION } from './policies';
