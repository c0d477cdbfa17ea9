import { Link, useParams } from 'react-router';
import { buttonClassName } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorBox } from '@/components/ui/error-box';
import { LoadingBlock } from '@/components/ui/spinner';
import { useProfile } from '@/features/profiles/api/get-profile';
import { AboutSection } from '@/features/profiles/components/about-section';
import { CareerHistory } from '@/features/profiles/components/career-history';
import { MutualConnections } from '@/features/network/components/mutual-connections';
import { ProfileActions, RelationshipNote } from '@/features/network/components/profile-actions';
import { hiddenNetworkSentence } from '@/features/network/components/visibility-text';
import { ProfileHeader } from '@/features/profiles/components/profile-header';
import { AskIntroduction } from '@/features/introductions/components/ask-introduction';
import { ContactConversation } from '@/features/messages/components/contact-conversation';
import { ContactNotes } from '@/features/notes/components/contact-notes';
import { MemberActivity } from '@/features/posts/components/member-activity';
import { ContactPanel } from '@/features/relationships/components/contact-panel';
import { ProfileTags } from '@/features/tags/components/profile-tags';
import { ApiError } from '@/lib/problem';
import { useCurrentMember } from '@/lib/session';

const MY_LISTS = { connections: '/network/connections', followers: '/network/followers', following: '/network/following' };

/** Another member's lists, at /in/:handle/connections, /followers and /following. */
function memberLists(handle: string) {
  return { connections: `/in/${handle}/connections`, followers: `/in/${handle}/followers`, following: `/in/${handle}/following` };
}

/** A member's public profile at /in/:handle. */
export function ProfileRoute() {
  const { handle = '' } = useParams();
  const profile = useProfile(handle);
  const me = useCurrentMember();

  if (profile.isPending) return <LoadingBlock label="Loading profile…" />;
  if (profile.isError) {
    return <ProfileLoadError handle={handle} error={profile.error} onRetry={() => void profile.refetch()} />;
  }

  const isMe = me.data?.handle.toLowerCase() === profile.data.handle.toLowerCase();
  return (
    <div className="stack">
      <title>{`${profile.data.displayName} · Rapport`}</title>
      <ProfileHeader
        profile={profile.data}
        countLinks={isMe ? MY_LISTS : profile.data.networkListsVisible ? memberLists(profile.data.handle) : undefined}
        countsNote={
          !isMe && !profile.data.networkListsVisible
            ? hiddenNetworkSentence(profile.data.networkVisibility, profile.data.displayName)
            : undefined
        }
        actions={
          isMe ? (
            <Link to="/me" className={buttonClassName('secondary', 'sm')}>
              Edit your profile
            </Link>
          ) : (
            <>
              <ProfileActions profile={profile.data} />
              {profile.data.degree === 'SECOND' && <AskIntroduction target={profile.data} />}
            </>
          )
        }
      >
        {!isMe && (
          <>
            <MutualConnections
              handle={profile.data.handle}
              count={profile.data.mutualConnectionCount}
              preview={profile.data.mutualConnections}
            />
            <RelationshipNote profile={profile.data} />
          </>
        )}
      </ProfileHeader>
      {!isMe && me.data && (profile.data.following || profile.data.connectionState === 'CONNECTED') && (
        <ContactPanel
          key={profile.data.id}
          memberId={profile.data.id}
          displayName={profile.data.displayName}
          notes={<ContactNotes memberId={profile.data.id} displayName={profile.data.displayName} />}
          renderConversation={(contact) => (
            <ContactConversation member={contact.member} conversation={contact.conversation} canStart={contact.connected} />
          )}
        />
      )}
      {!isMe && me.data && <ProfileTags memberId={profile.data.id} displayName={profile.data.displayName} />}
      <AboutSection about={profile.data.about} />
      <CareerHistory positions={profile.data.positions} ownerName={profile.data.displayName} />
      <MemberActivity
        handle={profile.data.handle}
        displayName={profile.data.displayName}
        myId={me.data?.id}
        isMe={isMe}
      />
    </div>
  );
}

/** What a member page shows when the profile it is about could not be loaded: "not found" for an unknown handle. */
export function ProfileLoadError({ handle, error, onRetry }: { handle: string; error: unknown; onRetry: () => void }) {
  if (error instanceof ApiError && error.status === 404) {
    return (
      <div className="page__narrow">
        <title>Member not found · Rapport</title>
        <Card title="Member not found" headingLevel={1}>
          <p className="muted">Nobody on Rapport has the handle @{handle}.</p>
          <Link to="/search" className={buttonClassName('primary')}>
            Search members
          </Link>
        </Card>
      </div>
    );
  }
  return <ErrorBox title="This profile could not be loaded" error={error} onRetry={onRetry} />;
}
