import { join } from 'node:path';
import { assert, signUp, uniqueMember } from '../support.mjs';

export const name = 'access tokens: create a read-only token in Settings, use it, revoke it';

async function callWith(baseURL, token, method, path, body) {
  const response = await fetch(new URL(path, baseURL), {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, body: await response.json().catch(() => undefined) };
}

export default async function accessTokensFlow({ baseURL, page, step, outputDir }) {
  const member = uniqueMember('Ida', 'Tokens');
  await signUp(page, member);

  step('create a read-only token in Settings; the secret is shown once');
  await page.goto('/settings');
  // The list above the form loads first, and its empty state replaces a spinner of another
  // height: once in CI a click made while the form moved never submitted it (no request came).
  await page.getByText('You have no access tokens.').waitFor();
  await page.getByLabel('Name', { exact: true }).fill('CRM sync');
  await page.getByRole('button', { name: 'Create token' }).click();
  const secretField = page.getByLabel('Secret token');
  await secretField.waitFor();
  const secret = await secretField.inputValue();
  assert.ok(secret.split('.').length === 3, 'the secret is a JWT');
  await page.screenshot({ path: join(outputDir, 'access-token.png') });

  step('the token reads but cannot change anything');
  const me = await callWith(baseURL, secret, 'GET', '/api/me');
  assert.equal(me.status, 200);
  assert.equal(me.body.handle, member.handle);
  const change = await callWith(baseURL, secret, 'PATCH', '/api/me', { headline: 'from a script' });
  assert.equal(change.status, 403);
  assert.equal(change.body.code, 'INSUFFICIENT_SCOPE');

  step('after Done the secret is gone; the token is listed; revoking it stops it at once');
  await page.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('list', { name: 'Your access tokens' }).getByText('CRM sync').waitFor();
  assert.equal(await page.getByLabel('Secret token').count(), 0);
  await page.getByRole('button', { name: 'Revoke CRM sync' }).click();
  await page.getByRole('button', { name: 'Revoke token' }).click();
  await page.getByText('You have no access tokens.').waitFor();
  const after = await callWith(baseURL, secret, 'GET', '/api/me');
  assert.equal(after.status, 401);
  assert.equal(after.body.code, 'TOKEN_REVOKED');
}
