// Test-only entry of the cockpit module (tests/support/README.md): what tests outside the module need.
export { STAFF_PATHS as COCKPIT_STAFF_PATHS } from './paths';
export { COORDINATE_PERMISSION } from './policies';
export { startFeedSource } from './exchange/hostile-server';
