/** Test-only entry of the vhs module (tests/support/README.md): the demo pack as the seed reads it, paths, factories, the staff permission. */
export { readVhsPack, seedVhsDemo } from './demo';
export { VHS_STAFF_PATHS, WEBINAR_PATHS } from './paths';
export { createBooking, createCourse, insertCourse } from './test-support';
export { MANAGE_PERMISSION } from './policies';
