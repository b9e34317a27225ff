/** The library module's test-only public entry (tests/support/README.md): readers, copies and loans for tests outside the module. */
export { insertHold, insertItem, insertLoan, insertReader, insertRecord, lentCopy, TEST_PIN } from './test-support';
export { libraryReaders } from './tables/lending';
export { LENDING_PATHS } from './paths';
export { LEND_PERMISSION } from './policies';
