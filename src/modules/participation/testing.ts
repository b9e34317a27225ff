/** Test-only entry of the participation module (tests/support/README.md): helpers other tests may use. */
export { MODERATE_PERMISSION } from './policies';
export { PATHS, STAFF_PATHS } from './paths';
export { insertComment, insertIdea, useSettings } from './test-support';
