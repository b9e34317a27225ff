/** The site module's test-only public entry (tests/support/README.md): what tests outside the module check. */
export { accessibilityReports } from './tables';
