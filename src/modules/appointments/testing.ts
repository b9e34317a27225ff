/** What tests outside the module need (tests/support/README.md, "A module's testing.ts"); the app never imports it. */
// planning/ and statistics/: the staff paths, the planners' permission, the fixture of two Bürgerbüros.
export { STAFF_PATHS } from './paths';
export { PLAN_PERMISSION } from './policies';
export { insertAppointmentFixture, insertFixtureBooking } from './test-support';
