import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { Card } from '@/components/ui/card';
import { ErrorBox } from '@/components/ui/error-box';
import { LoadingBlock } from '@/components/ui/spinner';
import { AccessTokens } from '@/features/access-tokens/components/access-tokens';
import { ChangePasswordForm } from '@/features/account/components/change-password-form';
import { DeleteAccount } from '@/features/account/components/delete-account';
import { DownloadData } from '@/features/account/components/download-data';
import { Sessions } from '@/features/account/components/sessions';
import { useInvitationSettings } from '@/features/network/api/get-invitation-settings';
import { BlockedMembers } from '@/features/network/components/blocked-members';
import { InvitationSettingsForm } from '@/features/network/components/invitation-settings-form';
import { PrivacySettingsSection } from '@/features/network/components/privacy-settings-form';
import { PublicProfileSettingsForm } from '@/features/profiles/components/public-profile-settings';
import { useCurrentMember } from '@/lib/session';

/**
 * Settings at /settings: how you receive connection requests, who can see your network, your
 * public profile, the members you blocked, access tokens for other apps, and account safety
 * (sessions, password, your data, deletion).
 */
export function SettingsRoute() {
  const settings = useInvitationSettings();
  const location = useLocation();
  const blocked = (location.state as { blocked?: string } | null)?.blocked;
  const me = useCurrentMember();
  // /settings#blocked (from the Me menu): bring that section into view and move the focus to its heading.
  useEffect(() => {
    if (!location.hash) return;
    const section = document.getElementById(location.hash.slice(1));
    const heading = section?.querySelector<HTMLElement>('h1, h2');
    if (!section || !heading) return;
    heading.tabIndex = -1;
    section.scrollIntoView?.({ block: 'start' });
    heading.focus({ preventScroll: true });
  }, [location.hash, location.key]);
  return (
    <div className="stack">
      <title>Settings · Rapport</title>
      {blocked && (
        <p className="notice" role="status">
          You blocked {blocked}. They are not notified; you can unblock them below.
        </p>
      )}
      <Card title="Connection requests" headingLevel={1} id="requests">
        <p className="card__intro muted">
          Anyone can follow you. Choose who can ask to connect, and what happens to requests with a generic note.
        </p>
        {settings.isPending ? (
          <LoadingBlock label="Loading your settings…" />
        ) : settings.isError ? (
          <ErrorBox title="Your settings could not be loaded" error={settings.error} onRetry={() => void settings.refetch()} />
        ) : (
          <InvitationSettingsForm settings={settings.data} />
        )}
      </Card>
      <Card title="Who can see your network" id="network-privacy">
        <p className="card__intro muted">
          Everyone signed in sees how many connections and followers you have. Choose who can open the lists.
        </p>
        <PrivacySettingsSection />
      </Card>
      <Card title="Public profile" id="public-profile">
        <p className="card__intro muted">What people who are not signed in see when they open a link to your profile.</p>
        {me.data && <PublicProfileSettingsForm handle={me.data.handle} />}
      </Card>
      <Card title="Blocked members" id="blocked">
        <BlockedMembers />
      </Card>
      <div id="sessions">
        <Sessions />
      </div>
      <ChangePasswordForm />
      <div id="tokens">
        <AccessTokens />
      </div>
      <DownloadData />
      <DeleteAccount />
    </div>
  );
}
