/** Test-only entry of the vhs module (tests/support/README.md): paths and factories for tests outside the module. */
export { VHS_STAFF_PATHS, WEBINAR_PATHS } from './paths';
export { createBooking, createCourse } from './programme-test-support';
