import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anIntroduction, aSummary } from '@/testing/data';
import { fakeApi, json, problem } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';
import { IntroductionDialog } from './introduction-dialog';

const target = { handle: 'grace', displayName: 'Grace Hopper' };

function introducers(overrides: object = {}) {
  return {
    target: aSummary({ id: 2, handle: 'grace', displayName: 'Grace Hopper' }),
    targetPolicy: 'NOTE_REQUIRED',
    followOnly: false,
    canRequest: true,
    items: [
      {
        broker: aSummary({ id: 5, handle: 'bo', displayName: 'Bo Broker' }),
        likelihood: 82,
        reasons: [
          { code: 'OUR_MESSAGES', explanation: 'You and Bo write to each other.', negative: false },
          { code: 'WORKED_TOGETHER', explanation: 'Bo and Grace both worked at Navy (1960–1970).', negative: false },
        ],
      },
      {
        broker: aSummary({ id: 6, handle: 'cy', displayName: 'Cy Acquaintance' }),
        likelihood: 20,
        reasons: [{ code: 'NO_INTERACTION', explanation: 'You and Cy have never interacted.', negative: true }],
      },
    ],
    ...overrides,
  };
}

describe('IntroductionDialog', () => {
  it('ranks the introducers with their reasons, then sends the chosen one my message', async () => {
    signIn();
    const api = fakeApi()
      .on('GET /api/profiles/{handle}/introducers', json(200, introducers()))
      .on('POST /api/introductions', json(201, anIntroduction({ role: 'REQUESTER', broker: aSummary({ id: 5, displayName: 'Bo Broker' }) })));
    const { user } = renderWithProviders(<IntroductionDialog target={target} onClose={() => undefined} />);

    const dialog = await screen.findByRole('dialog', { name: 'Ask for an introduction to Grace Hopper' });
    const [bo, cy] = await within(dialog).findAllByRole('radio');
    expect(bo).toHaveAccessibleName(/Bo Broker/);
    expect(cy).toHaveAccessibleName(/Cy Acquaintance/);
    expect(dialog).toHaveTextContent('Bo and Grace both worked at Navy (1960–1970).');
    expect(dialog).toHaveTextContent('− You and Cy have never interacted.');
    const send = within(dialog).getByRole('button', { name: 'Ask for the introduction' });
    expect(send).toBeDisabled();

    await user.click(bo);
    await user.type(within(dialog).getByLabelText('Your message to Bo'), 'I would love to talk compilers with Grace.');
    await user.click(send);
    expect(await within(dialog).findByRole('status')).toHaveTextContent('Your request went to Bo Broker.');
    expect(api.callsTo('POST /api/introductions')[0].body).toEqual({
      brokerId: 5,
      targetId: 2,
      message: 'I would love to talk compilers with Grace.',
    });
  });

  it('says why an introduction cannot be asked for', async () => {
    signIn();
    fakeApi().on(
      'GET /api/profiles/{handle}/introducers',
      json(200, introducers({ canRequest: false, unavailableReason: 'INTRODUCTION_PENDING', items: [] })),
    );
    renderWithProviders(<IntroductionDialog target={target} onClose={() => undefined} />);
    expect(await screen.findByText('Your introduction to Grace is already waiting for an answer.')).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
  });

  it('shows the problem detail when the request is refused', async () => {
    signIn();
    fakeApi()
      .on('GET /api/profiles/{handle}/introducers', json(200, introducers()))
      .on('POST /api/introductions', problem(429, { code: 'WEEKLY_INTRODUCTION_LIMIT', title: 'Too many', detail: 'You asked for 20 introductions this week.' }));
    const { user } = renderWithProviders(<IntroductionDialog target={target} onClose={() => undefined} />);
    const [bo] = await screen.findAllByRole('radio');
    await user.click(bo);
    await user.type(screen.getByLabelText('Your message to Bo'), 'Hello');
    await user.click(screen.getByRole('button', { name: 'Ask for the introduction' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You asked for 20 introductions this week.');
  });
});
