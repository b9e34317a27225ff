/** Test-only entry of the council module (tests/support/README.md): helpers other tests may use, one block per part. */
export { MANAGE_PERMISSION } from './policies';
export { insertCouncilFixture } from './test-support';
export { councilAlertSubscriptions, councilMemberAccounts } from './tables';
// council-staff: the staff sections' URLs.
export { STAFF_ENTRY_PATHS } from './paths';
// Public pages (council-pages): a council with a meeting ahead and a cancelled one behind, and linking a council member.
export { insertPagesFixture, linkMember } from './pages/test-support';
// Import (council-import): the local OParl fixture server, small limits, the staff sections' URLs.
export { beispielstadtRoutes, startFixtureServer, TEST_LIMITS } from './import/test-support';
export { IMPORT_PATHS } from './paths';
