export type { UseCaseContext } from './context';
export { createStaffUser, type CreatedUser } from './create-staff-user';
export { changeUserAccess, LAST_ADMIN_MESSAGE, type AccessChange, type ChangedAspect } from './change-user-access';
export { setUserDisabled } from './set-user-disabled';
export { resendSetPasswordLink } from './resend-set-password-link';
export { createDepartment } from './create-department';
export { SET_PASSWORD_DAYS, setPasswordUrl } from './issue-set-password-link';
