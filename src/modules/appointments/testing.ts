/** Test-only entry for tests outside the module (browser suites): the Termine fixture. */
export { insertAppointmentFixture, type AppointmentFixture } from './test-support';
