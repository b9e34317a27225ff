/** The accounts module's test-only public entry (tests/support/README.md): what tests outside the module arrange or check. */
export { issueToken } from './user-tokens';
export { pseudonymFor } from './use-cases/delete-account';
