/** Test-only entry of the appointments module: helpers tests outside the module use (tests/support/README.md). */
export { insertAppointmentFixture, insertFixtureBooking } from './test-support';
