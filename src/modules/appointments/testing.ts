/** What tests outside the module need (tests/support/README.md, "A module's testing.ts"); the app never imports it. */
export { insertAppointmentFixture, insertFixtureBooking, type AppointmentFixture } from './test-support';
export { PATHS, STAFF_PATHS } from './paths';
export { PLAN_PERMISSION, SERVE_PERMISSION } from './policies';
export { appointmentClosures, appointmentOpeningHours } from './tables';
