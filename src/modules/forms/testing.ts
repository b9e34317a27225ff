/** The forms module's test-only public entry (tests/support/README.md): what tests outside the module arrange or check. */
export { formVersions } from './tables';
export { listVersions } from './repository';
export { EDITOR_PATHS } from './paths';
export { isoDaysFrom } from './demo/examples';
export { DEMO_FORMS, fillTownWords, townWords } from './demo';
export { PARKING_XDF2, parkingCodeLists } from './fim/test-fixtures';
