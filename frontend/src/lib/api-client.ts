import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '@/api/schema';
import { clearAccessToken, getAccessToken, getLastSessionEnd } from './auth-token';
import { networkProblem, problemFromResponse } from './problem';

/** Paths whose 401 means "wrong credentials", not "your session is over". */
const CREDENTIAL_PATHS = ['/api/tokens', '/api/accounts'];

let onUnauthorized: () => void = () => {
  window.location.assign('/login');
};

/** Lets the app route to the login page without a full reload when the session ends. */
export function setUnauthorizedHandler(handler: () => void) {
  onUnauthorized = handler;
}

/**
 * After every answer (of this client, or of an upload sent another way): a 401 to anything but
 * a log-in or sign-up means the session is over, and the app goes to the login page.
 */
export function noticeAnswer(url: string, status: number, sentToken: boolean) {
  const path = new URL(url, window.location.origin).pathname;
  // A 401 to a call made without a token after the member logged out (or deleted the account)
  // is a straggler of the page being left, not a session ending: the app already moved on.
  const ended = getLastSessionEnd();
  const afterLogOut = (ended === 'loggedOut' || ended === 'accountDeleted') && !sentToken;
  if (status === 401 && !CREDENTIAL_PATHS.includes(path) && !afterLogOut) {
    clearAccessToken('expired');
    onUnauthorized();
  }
}

const authMiddleware: Middleware = {
  onRequest({ request }) {
    const token = getAccessToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ request, response }) {
    noticeAnswer(request.url, response.status, request.headers.has('Authorization'));
    return response;
  },
};

/** The typed client for the Rapport API, generated from openapi.yaml. Same origin as the app. */
export const api = createClient<paths>({
  baseUrl: '',
  // Looked up on every call, so tests can replace the global fetch.
  fetch: (request) => globalThis.fetch(request),
});
api.use(authMiddleware);

type ApiResult<T> = { data?: T; error?: unknown; response: Response };

/**
 * Awaits an API call and returns its data, or throws an ApiError carrying the problem document.
 * Network failures become an ApiError too, so every caller handles one kind of error.
 */
export async function unwrap<T>(call: Promise<ApiResult<T>>): Promise<T> {
  let result: ApiResult<T>;
  try {
    result = await call;
  } catch {
    throw networkProblem();
  }
  if (!result.response.ok) throw problemFromResponse(result.response, result.error);
  return result.data as T;
}
