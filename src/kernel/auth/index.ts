export type { CurrentUser, Actor } from './actor';
export { isStaff, isAdmin, hasPermission, inDepartment, currentUserOf } from './actor';
export { loadAuthorized, requireSection, requireThat, type Policy } from './authorize';
export { hashPassword, verifyPassword } from './passwords';
export { createSession, destroySession, destroyUserSessions, touchSession, SESSION_IDLE_SECONDS } from './sessions';
export { randomToken, sha256, hmac, safeEqual } from './tokens';
export {
  apiTokens,
  users,
  sessions,
  userTokens,
  departments,
  userDepartments,
  userPermissions,
  oidcIdentities,
  ROLES,
  type Role,
  type TokenPurpose,
} from './tables';
export { createUser, findUserByEmail, findUserById, EmailTakenError, type NewUser, type UserRow } from './users';
export { createApiToken, revokeApiToken, authenticateApiToken, type ApiClient } from './api-tokens';
