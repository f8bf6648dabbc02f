import type { UserView } from '../../../app/ports.js';

/** The API form of a user (timestamps as ISO strings). */
export const userMessage = (u: UserView) => ({
  userId: u.userId, email: u.email, displayName: u.displayName, roles: u.roles, status: u.status, createdAt: u.createdAt.toISOString(),
});
