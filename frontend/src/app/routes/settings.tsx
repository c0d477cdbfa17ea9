import { Card } from '@/components/ui/card';
import { ErrorBox } from '@/components/ui/error-box';
import { LoadingBlock } from '@/components/ui/spinner';
import { useInvitationSettings } from '@/features/network/api/get-invitation-settings';
import { InvitationSettingsForm } from '@/features/network/components/invitation-settings-form';

/** Settings at /settings: for now, how you receive connection requests. */
export function SettingsRoute() {
  const settings = useInvitationSettings();
  return (
    <div className="stack">
      <title>Settings · Rapport</title>
      <Card title="Connection requests" headingLevel={1}>
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
    </div>
  );
}
