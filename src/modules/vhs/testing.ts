/** The VHS module's test-only public entry (tests/support/README.md): the demo pack, read as the seed reads it. */
export { readVhsPack, seedVhsDemo } from './demo';
