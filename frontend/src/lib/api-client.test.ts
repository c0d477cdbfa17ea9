import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, problem } from '@/testing/fake-api';
import { aMe } from '@/testing/data';
import { api, setUnauthorizedHandler, unwrap } from './api-client';
import { clearAccessToken, getAccessToken, setAccessToken } from './auth-token';
import { ApiError } from './problem';

afterEach(() => setUnauthorizedHandler(() => {}));

describe('api client', () => {
  it('sends the stored token as a bearer token', async () => {
    setAccessToken('jwt-abc', 60);
    const fake = fakeApi().on('GET /api/me', json(200, aMe()));

    await expect(unwrap(api.GET('/api/me'))).resolves.toMatchObject({ handle: 'ada' });
    expect(fake.calls[0].headers.get('Authorization')).toBe('Bearer jwt-abc');
  });

  it('sends no token once it has expired', async () => {
    setAccessToken('jwt-old', -1);
    const fake = fakeApi().on('GET /api/me', json(200, aMe()));

    await unwrap(api.GET('/api/me'));
    expect(fake.calls[0].headers.has('Authorization')).toBe(false);
  });

  it('ends the session on a 401 from a signed-in call', async () => {
    setAccessToken('jwt-abc', 60);
    const onUnauthorized = vi.fn();
    setUnauthorizedHandler(onUnauthorized);
    fakeApi().on('GET /api/me', problem(401, { code: 'UNAUTHORIZED', title: 'Unauthorized', detail: 'Token expired.' }));

    await expect(unwrap(api.GET('/api/me'))).rejects.toBeInstanceOf(ApiError);
    expect(getAccessToken()).toBeNull();
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('ignores a 401 to a call made without a token after logging out', async () => {
    setAccessToken('jwt-abc', 60);
    clearAccessToken('loggedOut');
    const onUnauthorized = vi.fn();
    setUnauthorizedHandler(onUnauthorized);
    fakeApi().on('GET /api/me/sessions', problem(401, { code: 'UNAUTHORIZED', title: 'Unauthorized', detail: 'Sign in first.' }));

    await expect(unwrap(api.GET('/api/me/sessions'))).rejects.toBeInstanceOf(ApiError);
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('leaves a 401 from the login call to the login form', async () => {
    const onUnauthorized = vi.fn();
    setUnauthorizedHandler(onUnauthorized);
    fakeApi().on('POST /api/tokens', problem(401, { code: 'BAD_CREDENTIALS', title: 'Unauthorized', detail: 'Wrong email or password.' }));

    const error = await unwrap(api.POST('/api/tokens', { body: { email: 'a@b.c', password: 'x' } })).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem.detail).toBe('Wrong email or password.');
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('turns a response that is not a problem, or no response at all, into an ApiError', async () => {
    setAccessToken('jwt-abc', 60);
    const fake = fakeApi().on('GET /api/me', new Response('<html>Bad gateway</html>', { status: 502 }));
    const badGateway = await unwrap(api.GET('/api/me')).catch((e) => e);
    expect(badGateway).toMatchObject({ status: 502, code: 'UNEXPECTED_RESPONSE' });

    fake.on('GET /api/me', () => Promise.reject(new TypeError('Failed to fetch')));
    const offline = await unwrap(api.GET('/api/me')).catch((e) => e);
    expect(offline).toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });
});
