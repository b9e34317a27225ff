/**
 * How large one uploaded file may be, per organisation: each sets its own `upload_limit_bytes`
 * (portal admins, up to this). The kernel's limits are per route and fixed when the body starts to
 * stream, before anything tells which organisation it is for (the CSRF check reads the body first),
 * so the upload route takes files up to this largest limit (cut off while they stream), and the use
 * case refuses a file over its organisation's limit, whose size the store counted; a refused file is
 * deleted at once. A file is never in memory whole either way.
 */
export const MAX_UPLOAD_BYTES = 20 * 1024 ** 3;
