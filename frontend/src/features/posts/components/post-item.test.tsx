import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { aPost, aSummary } from '@/testing/data';
import { fakeApi, json, noContent, problem } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';
import { MemberActivity } from './member-activity';
import { PostItem } from './post-item';

const me = aSummary({ id: 1, handle: 'ada', displayName: 'Ada Lovelace' });

describe('PostItem', () => {
  it('likes, then unlikes; the post the API answers replaces the cached one in the list', async () => {
    signIn();
    const api = fakeApi()
      .on('GET /api/profiles/{handle}/posts', json(200, { items: [aPost({ likeCount: 2 })] }))
      .on('POST /api/posts/{id}/like', json(200, aPost({ likedByMe: true, likeCount: 3 })))
      .on('POST /api/posts/{id}/unlike', json(200, aPost({ likedByMe: false, likeCount: 2 })));
    const { user } = renderWithProviders(<MemberActivity handle="grace" displayName="Grace Hopper" myId={1} />);

    expect(await screen.findByText('2 likes')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Like', pressed: false }));
    expect(await screen.findByText('3 likes')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Like', pressed: true })).toBeEnabled();

    await user.click(screen.getByRole('button', { name: 'Like', pressed: true }));
    expect(await screen.findByText('2 likes')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Like', pressed: false })).toBeInTheDocument();
    expect(api.callsTo('POST /api/posts/100/like')).toHaveLength(1);
    expect(api.callsTo('POST /api/posts/100/unlike')).toHaveLength(1);
  });

  it('says on my own profile that I have posted nothing yet, and on another member\'s what I may not see', async () => {
    signIn();
    fakeApi().on('GET /api/profiles/{handle}/posts', json(200, { items: [] }));
    const mine = renderWithProviders(<MemberActivity handle="ada" displayName="Ada Lovelace" myId={1} isMe />);
    expect(await screen.findByText('You have not posted anything yet.')).toBeInTheDocument();
    expect(screen.queryByText(/once you are connected/)).not.toBeInTheDocument();
    mine.unmount();

    renderWithProviders(<MemberActivity handle="grace" displayName="Grace Hopper" myId={1} />);
    expect(await screen.findByText('Grace has not posted anything you can see yet.')).toBeInTheDocument();
    expect(screen.getByText('Posts shared with connections only appear once you are connected.')).toBeInTheDocument();
  });

  it('shows a failed like as an alert with the problem detail', async () => {
    signIn();
    fakeApi().on('POST /api/posts/{id}/like', problem(404, { code: 'NOT_FOUND', detail: 'This post no longer exists.' }));
    const { user } = renderWithProviders(<PostItem post={aPost()} myId={1} />);

    await user.click(screen.getByRole('button', { name: 'Like' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This post no longer exists.');
  });

  it('opens the comments, pages through them, adds one and deletes one’s own', async () => {
    signIn();
    const theirs = { id: 1, postId: 100, author: aSummary(), text: 'First!', createdAt: new Date().toISOString() };
    const mine = { id: 2, postId: 100, author: me, text: 'Well said.', createdAt: new Date().toISOString() };
    const api = fakeApi().on('GET /api/posts/{id}/comments', ({ url }) =>
      url.searchParams.get('cursor') === 'c2' ? json(200, { items: [mine] }) : json(200, { items: [theirs], nextCursor: 'c2' }),
    );
    api.on('POST /api/posts/{id}/comments', json(201, mine));
    api.on('DELETE /api/posts/{id}/comments/{commentId}', noContent());
    const { user } = renderWithProviders(<PostItem post={aPost({ commentCount: 1 })} myId={1} />);

    await user.click(screen.getByRole('button', { name: 'Comment' }));
    const list = await screen.findByRole('list', { name: 'Comments' });
    expect(within(list).getByText('First!')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show more comments' }));
    expect(await within(list).findByText('Well said.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Delete your comment “First!/ })).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('Add a comment'), 'Well said.');
    await user.click(within(screen.getByRole('form', { name: 'New comment' })).getByRole('button', { name: 'Comment' }));
    await vi.waitFor(() => expect(screen.getByLabelText('Add a comment')).toHaveValue(''));
    expect(api.callsTo('POST /api/posts/100/comments')[0].body).toEqual({ text: 'Well said.' });

    await user.click(screen.getByRole('button', { name: /Delete your comment “Well said./ }));
    expect(api.callsTo('DELETE /api/posts/100/comments/2')).toHaveLength(1);
  });

  it('offers edit only within the edit window, and delete only on one’s own posts', () => {
    const soon = new Date(Date.now() + 60_000).toISOString();
    const { unmount } = renderWithProviders(<PostItem post={aPost({ author: me, editableUntil: soon })} myId={1} />);
    expect(screen.getByRole('button', { name: 'Edit' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete' })).toBeInTheDocument();
    unmount();

    const past = new Date(Date.now() - 60_000).toISOString();
    renderWithProviders(<PostItem post={aPost({ author: me, editableUntil: past })} myId={1} />);
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    renderWithProviders(<PostItem post={aPost()} myId={1} />);
    expect(screen.getAllByRole('button', { name: 'Delete' })).toHaveLength(1);
  });

  it('renders a career update as an announcement and a reshare with its original', () => {
    renderWithProviders(
      <PostItem
        post={aPost({
          kind: 'CAREER_UPDATE',
          text: null,
          author: aSummary({ displayName: 'Amara Okafor', handle: 'amara' }),
          careerUpdate: { change: 'NEW_POSITION', title: 'VP Engineering', company: 'Fabrikam', summary: 'started a new position as VP Engineering at Fabrikam' },
        })}
      />,
    );
    expect(screen.getByRole('article', { name: 'Career update by Amara Okafor' })).toHaveTextContent(
      'Amara Okafor started a new position as VP Engineering at Fabrikam',
    );

    renderWithProviders(
      <PostItem post={aPost({ id: 101, kind: 'RESHARE', author: me, text: 'Worth a read', resharedPost: aPost() })} />,
    );
    const reshare = screen.getByRole('article', { name: 'Reshare by Ada Lovelace' });
    expect(reshare).toHaveTextContent('Ada Lovelace reshared');
    expect(reshare).toHaveTextContent('Compilers make programming humane.');
  });

  it('says a reshare worked right under the post, and gives it the focus', async () => {
    signIn();
    const api = fakeApi().on('POST /api/posts/{id}/reshare', json(201, aPost({ id: 300, kind: 'RESHARE', author: me, resharedPost: aPost() })));
    const { user } = renderWithProviders(<PostItem post={aPost()} myId={1} />);
    await user.click(screen.getByRole('button', { name: 'Reshare' }));
    await user.click(screen.getByRole('button', { name: 'Reshare now' }));
    const said = await screen.findByRole('status');
    expect(said).toHaveTextContent('Reshared to your network.');
    expect(said).toHaveFocus();
    expect(screen.getByRole('article')).toContainElement(said);
    expect(api.callsTo('POST /api/posts/100/reshare')).toHaveLength(1);
  });
});
