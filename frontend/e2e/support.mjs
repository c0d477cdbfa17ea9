// Helpers shared by the browser flows: unique members, and the few steps every flow repeats.
import assert from 'node:assert/strict';

let counter = 0;

/** A member nobody has used before: unique handle and email per run. */
export function uniqueMember(firstName = 'Ada', lastName = 'Tester') {
  const suffix = `${Date.now().toString(36)}${(counter++).toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
  return {
    displayName: `${firstName} ${lastName}`,
    handle: `${firstName.toLowerCase()}_${suffix}`.slice(0, 30),
    email: `${firstName.toLowerCase()}.${suffix}@e2e.rapport.test`,
    password: `pw-${suffix}-secret`,
  };
}

/** Waits until the page's main heading (h1) reads `name`. */
export async function expectHeading(page, name) {
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

/** Waits until `text` is visible somewhere on the page. */
export async function expectText(page, text) {
  await page.getByText(text, { exact: true }).first().waitFor();
}

export async function signUp(page, member) {
  await page.goto('/signup');
  await page.getByLabel('Full name').fill(member.displayName);
  await page.getByLabel('Handle').fill(member.handle);
  await page.getByLabel('Email').fill(member.email);
  await page.getByLabel('Password').fill(member.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  // A new member lands on the guided start (/welcome), not on a bare profile.
  await page.waitForURL('**/welcome');
  await expectHeading(page, `Welcome to Rapport, ${member.displayName.split(' ')[0]}`);
}

export async function logOut(page) {
  await openMeMenu(page);
  await page.getByRole('list', { name: 'Me' }).getByRole('button', { name: 'Log out' }).click();
  await page.waitForURL('**/login');
  await expectText(page, 'You have logged out.');
}

export async function logIn(page, member) {
  if (!page.url().endsWith('/login')) await page.goto('/login');
  await page.getByLabel('Email').fill(member.email);
  await page.getByLabel('Password').fill(member.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((url) => url.pathname !== '/login');
}

export { assert };

/** Creates a member straight through the API (faster than the sign-up page, for bulk set-up). */
export async function createMemberViaApi(baseURL, member) {
  const response = await fetch(`${baseURL}/api/accounts`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(member),
  });
  const body = await response.text();
  assert.equal(response.status, 201, `sign-up of ${member.handle} failed: ${body}`);
  return JSON.parse(body);
}

/** Calls the API as a member (token from `createMemberViaApi`), failing the flow on an error status. */
export async function callApi(baseURL, token, method, path, body) {
  const response = await fetch(`${baseURL}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  assert.ok(response.ok, `${method} ${path} failed with ${response.status}: ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** Creates a member through the API with profile fields set; returns `{ ...member, id, token }`. */
export async function createProfiledMember(baseURL, member, profile = {}) {
  const { accessToken, member: me } = await createMemberViaApi(baseURL, member);
  if (Object.keys(profile).length > 0) await callApi(baseURL, accessToken, 'PATCH', '/api/me', profile);
  return { ...member, id: me.id, token: accessToken };
}

/** Calls the API as a member for set-up (posts, profile changes); the same as `callApi`. */
export const apiAs = callApi;

/** Opens the "Me" menu of the header (profile, review, settings, log out). */
export async function openMeMenu(page) {
  await page.getByRole('button', { name: 'Me', exact: true }).click();
  await page.getByRole('list', { name: 'Me' }).waitFor();
}
