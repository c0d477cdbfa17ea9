import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { aPost } from '@/testing/data';
import { fakeApi, json, problem } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';
import { PostComposer } from './post-composer';

describe('PostComposer', () => {
  it('counts characters and publishes text, link and visibility, then clears itself', async () => {
    signIn();
    const api = fakeApi().on('POST /api/posts', json(201, aPost()));
    const { user } = renderWithProviders(<PostComposer />);

    await user.type(screen.getByLabelText('Share something with your network'), '  Hello network  ');
    expect(screen.getByText('17 / 3,000 characters')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Link (optional)'), 'https://example.com/a');
    await user.selectOptions(screen.getByLabelText('Who can see it'), 'CONNECTIONS');
    await user.click(screen.getByRole('button', { name: 'Post' }));

    await screen.findByText('0 / 3,000 characters');
    expect(api.callsTo('POST /api/posts')[0].body).toEqual({
      text: 'Hello network',
      linkUrl: 'https://example.com/a',
      visibility: 'CONNECTIONS',
    });
    expect(screen.getByLabelText('Link (optional)')).toHaveValue('');
  });

  it('refuses an empty post and a link that is not a web address, without calling the API', async () => {
    const api = fakeApi();
    const { user } = renderWithProviders(<PostComposer />);

    await user.click(screen.getByRole('button', { name: 'Post' }));
    expect(screen.getByLabelText('Share something with your network')).toHaveAccessibleDescription('Write something before you post.');

    await user.type(screen.getByLabelText('Share something with your network'), 'Hi');
    await user.type(screen.getByLabelText('Link (optional)'), 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Post' }));
    expect(screen.getByLabelText('Link (optional)')).toHaveAccessibleDescription('Enter a full web address, starting with https://');
    expect(api.calls).toHaveLength(0);
  });

  it('puts field errors under the fields, and says them only there', async () => {
    signIn();
    fakeApi().on(
      'POST /api/posts',
      problem(400, {
        code: 'VALIDATION_FAILED',
        detail: 'The post has invalid fields.',
        errors: [{ field: 'createPost.request.linkUrl', message: 'must be an http or https URL' }],
      }),
    );
    const { user } = renderWithProviders(<PostComposer />);

    await user.type(screen.getByLabelText('Share something with your network'), 'Look');
    await user.type(screen.getByLabelText('Link (optional)'), 'https://x');
    await user.click(screen.getByRole('button', { name: 'Post' }));

    await vi.waitFor(() =>
      expect(screen.getByLabelText('Link (optional)')).toHaveAccessibleDescription('must be an http or https URL'),
    );
    expect(screen.queryByText('The post has invalid fields.')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Share something with your network')).toHaveValue('Look');
  });
});
