/** The opendata module's test-only public entry (tests/support/README.md): what tests outside the module arrange or check. */
export { datastoreStatusOf, enqueueDatastoreLoad } from './datastore';
export { listResources } from './repository/datasets';
