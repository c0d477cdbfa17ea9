import { assert, expectHeading, logOut, signUp, uniqueMember } from '../support.mjs';

export const name = 'auth errors: wrong password, taken handle, protected page';

export default async function authErrorsFlow({ page, step }) {
  step('a protected page sends a visitor to the login page');
  await page.goto('/me');
  await page.waitForURL('**/login');
  await expectHeading(page, 'Log in to Rapport');

  step('a wrong password shows the problem detail');
  const member = uniqueMember('Barbara', 'Liskov');
  await signUp(page, member);
  await logOut(page);
  await page.getByLabel('Email').fill(member.email);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Log in' }).click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /Could not log you in\n+\S/);

  step('a taken handle is shown on the handle field');
  await page.goto('/signup');
  await page.getByLabel('Full name').fill('Someone Else');
  await page.getByLabel('Handle').fill(member.handle);
  await page.getByLabel('Email').fill(uniqueMember().email);
  await page.getByLabel('Password').fill('long-enough-password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('alert').waitFor();
  const handle = page.getByLabel('Handle');
  await page.waitForFunction((el) => el.getAttribute('aria-invalid') === 'true', await handle.elementHandle());
  assert.equal(page.url().endsWith('/signup'), true);
}
