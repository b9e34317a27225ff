/** The library module's test-only public entry (tests/support/README.md): readers and loans for tests outside the module. */
export { insertReader, lentCopy, TEST_PIN } from './test-support';
export { libraryReaders } from './tables/lending';
