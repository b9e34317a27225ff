/** Test-only entry of the council module (tests/support/README.md): helpers other tests may use, one block per part. */
export { MANAGE_PERMISSION } from './policies';
export { insertCouncilFixture } from './test-support';
export { councilMemberAccounts } from './tables';
// council-staff: the staff sections' URLs.
export { STAFF_ENTRY_PATHS } from './paths';
