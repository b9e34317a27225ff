/** The appointments module's test-only public entry (tests/support/README.md): its fixture, paths and permissions for tests outside the module. */
export { insertAppointmentFixture, insertFixtureBooking, type AppointmentFixture } from './test-support';
export { PATHS, STAFF_PATHS } from './paths';
export { SERVE_PERMISSION } from './policies';
