/** Test-only entry of the council module (tests/support/README.md): helpers other tests may use, one block per part. */

// Import (council-import): the local OParl fixture server, small limits, the staff sections' URLs.
export { beispielstadtRoutes, startFixtureServer, TEST_LIMITS } from './import/test-support';
export { IMPORT_PATHS } from './paths';
export { MANAGE_PERMISSION } from './policies';
