/** Test-only public entry of the council module (tests/support/README.md): helpers other tests may use. */
// Public pages (council-pages): a council with a meeting ahead and a cancelled one behind, and linking a council member.
export { insertPagesFixture, linkMember } from './pages/test-support';
