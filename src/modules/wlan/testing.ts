/** Test-only entry of the wlan module (tests/support/README.md): helpers other tests may use, one block per part. */
// Coverage gaps (wlan-gaps): a street list for the address lookup, reports written directly.
export { insertGapReport, useTestStreets } from './gaps/test-support';
export { MANAGE_PERMISSION } from './policies';
