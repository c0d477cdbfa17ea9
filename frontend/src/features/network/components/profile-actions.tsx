import { useCallback, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { errorMessage } from '@/lib/problem';
import { useDismiss } from '@/lib/use-dismiss';
import { useAcceptInvitation } from '../api/accept-invitation';
import { useBlockMember } from '../api/block-member';
import { useMakeFollower } from '../api/make-follower';
import { useRemoveConnection } from '../api/remove-connection';
import { useUnfollowMember } from '../api/unfollow-member';
import { useFollowMember } from '../api/follow-member';
import { useWithdrawInvitation } from '../api/withdraw-invitation';
import type { ProfileRelation } from '../api/types';
import { ConnectDialog } from './connect-dialog';
import { FollowButton } from './follow-button';
import { coolDownSentence, firstName, policySentence, withdrawSentence } from './policy-text';

/** "Connected ▾": unfollow-but-stay-connected (or follow again) and remove the connection. */
function ConnectedMenu({ profile }: { profile: ProfileRelation }) {
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const follow = useFollowMember();
  const unfollow = useUnfollowMember();
  const remove = useRemoveConnection();
  const failed = [follow, unfollow, remove].find((m) => m.isError);
  const name = firstName(profile.displayName);
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useDismiss(open, useCallback(() => setOpen(false), []), box, button);

  return (
    <div className="menu" ref={box}>
      <Button ref={button} variant="secondary" size="sm" aria-expanded={open} aria-haspopup="true" onClick={() => setOpen(!open)}>
        <span aria-hidden="true">✓ </span>Connected <span aria-hidden="true">▾</span>
      </Button>
      {open && (
        <div className="menu__panel">
          {confirming ? (
            <>
              <p className="menu__text">
                Remove {name} from your connections? {name} is not notified; you both stop following each other.
              </p>
              <div className="menu__row">
                <Button variant="secondary" size="sm" onClick={() => setConfirming(false)}>
                  Cancel
                </Button>
                <Button
                  variant="danger"
                  size="sm"
                  isLoading={remove.isPending}
                  onClick={() => remove.mutate(profile.id)}
                >
                  Remove
                </Button>
              </div>
            </>
          ) : (
            <>
              {profile.following ? (
                <button
                  type="button"
                  className="menu__item"
                  disabled={unfollow.isPending}
                  onClick={() => unfollow.mutate(profile.id, { onSuccess: () => setOpen(false) })}
                >
                  Unfollow, stay connected
                  <span className="menu__hint">Their posts leave your feed.</span>
                </button>
              ) : (
                <button
                  type="button"
                  className="menu__item"
                  disabled={follow.isPending}
                  onClick={() => follow.mutate(profile.id, { onSuccess: () => setOpen(false) })}
                >
                  Follow again
                  <span className="menu__hint">Their posts come back to your feed.</span>
                </button>
              )}
              <button type="button" className="menu__item menu__item--danger" onClick={() => setConfirming(true)}>
                Remove connection
              </button>
            </>
          )}
          {failed && (
            <p className="follow__error" role="alert">
              {errorMessage(failed.error)}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

/** "⋯" with Block: confirms first, then leaves the profile (a block hides it both ways). */
function MoreMenu({ profile }: { profile: ProfileRelation }) {
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const block = useBlockMember();
  const navigate = useNavigate();
  const name = firstName(profile.displayName);
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useDismiss(open, useCallback(() => setOpen(false), []), box, button);
  return (
    <div className="menu" ref={box}>
      <Button
        ref={button}
        variant="ghost"
        size="sm"
        aria-label={`More actions for ${profile.displayName}`}
        aria-expanded={open}
        onClick={() => {
          setOpen(!open);
          setConfirming(false);
        }}
      >
        <span aria-hidden="true">⋯</span>
      </Button>
      {open && (
        <div className="menu__panel">
          {confirming ? (
            <>
              <p className="menu__text">
                Block {name}? Any connection, follows and pending requests between you end, {name} is not notified,
                and neither of you will see the other's profile.
              </p>
              <div className="menu__row">
                <Button variant="secondary" size="sm" onClick={() => setConfirming(false)}>
                  Cancel
                </Button>
                <Button
                  variant="danger"
                  size="sm"
                  isLoading={block.isPending}
                  onClick={() =>
                    block
                      .mutateAsync(profile.id)
                      .then(() => navigate('/settings', { state: { blocked: profile.displayName } }), () => undefined)
                  }
                >
                  Block
                </Button>
              </div>
            </>
          ) : (
            <button type="button" className="menu__item menu__item--danger" onClick={() => setConfirming(true)}>
              Block {name}
              <span className="menu__hint">Ends every tie between you, both ways.</span>
            </button>
          )}
          {block.isError && (
            <p className="follow__error" role="alert">
              {errorMessage(block.error)}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

/**
 * Pending request from you: "Pending" and Withdraw, which first says the cool-down it starts
 * (no new request to this member for that many days) and asks to confirm.
 */
function PendingSent({ profile }: { profile: ProfileRelation }) {
  const withdraw = useWithdrawInvitation();
  const [confirming, setConfirming] = useState(false);
  const invitationId = profile.pendingInvitationId;
  return (
    <>
      <span className="pending-pill">Pending</span>
      {invitationId != null && !confirming && (
        <Button variant="ghost" size="sm" onClick={() => setConfirming(true)}>
          Withdraw
        </Button>
      )}
      {invitationId != null && confirming && (
        <div className="menu__panel menu__panel--inline" role="alertdialog" aria-label="Withdraw your request?">
          <p className="menu__text">{withdrawSentence(profile.displayName, profile.inviteCoolDownDays)}</p>
          <div className="menu__row">
            <Button variant="secondary" size="sm" onClick={() => setConfirming(false)} data-autofocus>
              Keep the request
            </Button>
            <Button
              variant="danger"
              size="sm"
              isLoading={withdraw.isPending}
              onClick={() => withdraw.mutate(invitationId, { onSuccess: () => setConfirming(false) })}
            >
              Withdraw
            </Button>
          </div>
        </div>
      )}
      {withdraw.isError && (
        <span className="follow__error" role="alert">
          {errorMessage(withdraw.error)}
        </span>
      )}
    </>
  );
}

/** A request from them, waiting for you: Accept or Make follower, right on the profile. */
function PendingReceived({ invitationId }: { invitationId: number }) {
  const accept = useAcceptInvitation();
  const makeFollower = useMakeFollower();
  const failed = accept.isError ? accept : makeFollower.isError ? makeFollower : null;
  return (
    <>
      <Button size="sm" isLoading={accept.isPending} disabled={makeFollower.isPending} onClick={() => accept.mutate({ invitationId })}>
        Accept
      </Button>
      <Button
        variant="secondary"
        size="sm"
        isLoading={makeFollower.isPending}
        disabled={accept.isPending}
        title="They follow you and see your public posts, without a connection. They are told only that they now follow you."
        onClick={() => makeFollower.mutate(invitationId)}
      >
        Make follower
      </Button>
      {failed && (
        <span className="follow__error" role="alert">
          {errorMessage(failed.error)}
        </span>
      )}
    </>
  );
}

/**
 * The relationship buttons of someone else's profile: Follow/Following always, and Connect
 * only here, as the member's invitation policy and your state with them allow.
 */
export function ProfileActions({ profile }: { profile: ProfileRelation }) {
  const [connecting, setConnecting] = useState(false);
  const state = profile.connectionState;
  const coolingDown = profile.canInviteAgainAt != null && new Date(profile.canInviteAgainAt).getTime() > Date.now();
  if (state === 'SELF') return null;
  return (
    <>
      {state !== 'CONNECTED' && (
        <FollowButton memberId={profile.id} displayName={profile.displayName} following={profile.following} />
      )}
      {state === 'NONE' && profile.invitationPolicy !== 'FOLLOW_ONLY' && !coolingDown && (
        <Button variant="secondary" size="sm" onClick={() => setConnecting(true)}>
          Connect
        </Button>
      )}
      {state === 'NONE' && coolingDown && profile.canInviteAgainAt && (
        <span className="cool-down" data-testid="cool-down">
          {coolDownSentence(profile.displayName, profile.canInviteAgainAt)}
        </span>
      )}
      {state === 'INVITATION_SENT' && <PendingSent profile={profile} />}
      {state === 'INVITATION_RECEIVED' && profile.pendingInvitationId != null && (
        <PendingReceived invitationId={profile.pendingInvitationId} />
      )}
      {state === 'CONNECTED' && <ConnectedMenu profile={profile} />}
      <MoreMenu profile={profile} />
      {connecting && <ConnectDialog recipient={profile} onClose={() => setConnecting(false)} />}
    </>
  );
}

/** One sentence under a profile's counts: where you stand, or how this member receives requests. */
export function RelationshipNote({ profile }: { profile: ProfileRelation }) {
  const name = firstName(profile.displayName);
  let text: string | null = null;
  switch (profile.connectionState) {
    case 'SELF':
      return null;
    case 'CONNECTED':
      text = profile.following
        ? `You and ${name} are connected.`
        : `You and ${name} are connected. You don't follow ${name}, so their posts stay out of your feed.`;
      break;
    case 'INVITATION_SENT':
      text = `Your connection request is waiting for ${name}'s decision.`;
      break;
    case 'INVITATION_RECEIVED':
      text = `${name} asked to connect with you: accept, or make ${name} a follower.`;
      break;
    default:
      text = policySentence(profile.invitationPolicy, profile.displayName);
  }
  return <p className="relationship-note">{text}</p>;
}
