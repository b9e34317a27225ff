/** Test-only entry of the wlan module (tests/support/README.md): the staff URLs and permission, a feed to import. */
export { STAFF_PATHS, STATISTICS_PATH } from './paths';
export { MANAGE_PERMISSION } from './policies';
export { feedFixture } from './import/test-support';
