// Test set-up through the real API: who follows and who is connected to whom.
import { callApi } from './support.mjs';

/** `follower` (an account from `createMemberViaApi`) follows `followee`. */
export async function follow(baseURL, follower, followee) {
  await callApi(baseURL, follower.accessToken, 'PUT', `/api/me/following/${followee.member.id}`);
}

/**
 * The two accounts become connected: `a` sends a personal note, `b` accepts. Accepting makes
 * each follow the other.
 */
export async function connect(baseURL, a, b) {
  const invitation = await callApi(baseURL, a.accessToken, 'POST', '/api/invitations', {
    recipientId: b.member.id,
    note: `${b.member.displayName}, we worked together on the launch last spring; let's stay in touch.`,
  });
  if (invitation.status === 'PENDING') {
    await callApi(baseURL, b.accessToken, 'POST', `/api/invitations/${invitation.id}/accept`, {});
  }
}
