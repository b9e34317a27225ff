/** Test-only entry of the vhs module (tests/support/README.md): course factory and the staff permission. */
export { createCourse } from './test-support';
export { MANAGE_PERMISSION } from './policies';
