import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anIntroduction, aSummary } from '@/testing/data';
import { fakeApi, json } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';
import { BrokerView } from './broker-view';
import { TargetView } from './target-view';

describe('BrokerView', () => {
  it('shows who asks to meet whom and forwards with a note, sharing the message when chosen', async () => {
    signIn();
    let intro = anIntroduction();
    const api = fakeApi()
      .on('GET /api/introductions/{id}', () => json(200, intro))
      .on('POST /api/introductions/{id}/forward', () => {
        intro = { ...intro, status: 'FORWARDED', statusText: 'You passed it on to Grace.' };
        return json(200, intro);
      });
    const { user } = renderWithProviders(<BrokerView introductionId={70} />);

    expect(await screen.findByText('I would love to ask Grace about compilers.')).toBeInTheDocument();
    expect(screen.getByText(/asks you to introduce them to/)).toHaveTextContent('Alan Turing asks you to introduce them to Grace Hopper.');
    await user.type(screen.getByLabelText('Your note to Grace Hopper'), 'Grace, meet Alan.');
    await user.click(screen.getByLabelText("Let Grace read Alan's message to you"));
    await user.click(screen.getByRole('button', { name: 'Forward to Grace' }));
    expect(await screen.findByText('You passed it on to Grace.')).toBeInTheDocument();
    expect(api.callsTo('POST /api/introductions/70/forward')[0].body).toEqual({ note: 'Grace, meet Alan.', includeMessage: true });
  });

  it('declines, telling the broker the requester is told kindly and not by whom', async () => {
    signIn();
    let intro = anIntroduction();
    const api = fakeApi()
      .on('GET /api/introductions/{id}', () => json(200, intro))
      .on('POST /api/introductions/{id}/decline', () => {
        intro = { ...intro, status: 'DECLINED', declinedByYou: true, statusText: 'You declined.' };
        return json(200, intro);
      });
    const { user } = renderWithProviders(<BrokerView introductionId={70} />);
    expect(await screen.findByText(/never by whom/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Decline' }));
    expect(await screen.findByText('You declined.')).toBeInTheDocument();
    expect(api.callsTo('POST /api/introductions/70/decline')).toHaveLength(1);
  });
});

describe('TargetView', () => {
  it("shows the broker's note and accepts, then links to the new conversation", async () => {
    signIn();
    let intro = anIntroduction({
      role: 'TARGET',
      status: 'FORWARDED',
      brokerNote: 'Grace, meet Alan: brilliant mind.',
      message: null,
      broker: aSummary({ id: 1, displayName: 'Ada Lovelace' }),
    });
    fakeApi()
      .on('GET /api/introductions/{id}', () => json(200, intro))
      .on('POST /api/introductions/{id}/accept', () => {
        intro = { ...intro, status: 'ACCEPTED', result: 'CONNECTED', conversationId: 88, statusText: 'You are now connected.' };
        return json(200, intro);
      });
    const { user } = renderWithProviders(<TargetView introductionId={70} />);

    expect(await screen.findByText('Grace, meet Alan: brilliant mind.')).toBeInTheDocument();
    expect(screen.getByText(/Accepting connects you with Alan at once/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Accept introduction' }));
    expect(await screen.findByRole('link', { name: 'Open your conversation with Alan' })).toHaveAttribute('href', '/messages/88');
  });
});
