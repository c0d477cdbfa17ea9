import { useId } from 'react';
import { ErrorBox } from '@/components/ui/error-box';
import { LoadingBlock } from '@/components/ui/spinner';
import { errorMessage } from '@/lib/problem';
import { useMyTags } from '../api/list-my-tags';
import { useNotificationSettings } from '../api/get-notification-settings';
import { useUpdateNotificationSettings } from '../api/update-notification-settings';
import type { NotificationKind } from '../api/types';

const KIND_LABEL: Record<NotificationKind, string> = {
  NEW_FOLLOWER: 'Someone follows you',
  REQUEST_ACCEPTED: 'Someone accepts your connection request',
  NOW_FOLLOWING: 'A request of yours ends with you following them',
  POST_LIKED: 'Someone likes your post',
  POST_COMMENTED: 'Someone comments on your post',
  POST_RESHARED: 'Someone reshares your post',
  THREAD_COMMENTED: 'Someone comments after you on a post',
  CAREER_UPDATE: 'Career updates of people under the tags below',
  IMPORTED_CONTACT_JOINED: 'Someone from the contacts you imported joins Rapport',
};

/** Which notifications I get: one switch per kind, saved as soon as it changes, and the career-update tags. */
export function NotificationSettingsForm() {
  const settings = useNotificationSettings();
  const tags = useMyTags();
  const update = useUpdateNotificationSettings();
  const statusId = useId();
  if (settings.isPending) return <LoadingBlock label="Loading your notification settings…" />;
  if (settings.isError) {
    return <ErrorBox title="Your notification settings could not be loaded" error={settings.error} onRetry={() => void settings.refetch()} />;
  }
  const chosen = new Set(settings.data.careerTags.map((t) => t.id));
  const careerOn = settings.data.kinds.find((k) => k.kind === 'CAREER_UPDATE')?.enabled ?? true;
  return (
    <div className="stack stack--tight" aria-describedby={statusId}>
      <fieldset className="fieldset notification-settings">
        <legend className="fieldset__legend">Tell me when</legend>
        {settings.data.kinds.map((k) => (
          <label key={k.kind} className="checkbox">
            <input
              type="checkbox"
              checked={k.enabled}
              disabled={update.isPending}
              onChange={(event) => update.mutate({ kinds: [{ kind: k.kind, enabled: event.target.checked }] })}
            />
            {KIND_LABEL[k.kind]}
          </label>
        ))}
      </fieldset>
      <fieldset className="fieldset notification-settings" disabled={!careerOn || update.isPending}>
        <legend className="fieldset__legend">Career updates from people under these tags</legend>
        {tags.isPending ? (
          <LoadingBlock label="Loading your tags…" />
        ) : tags.isError ? (
          <ErrorBox title="Your tags could not be loaded" error={tags.error} takeFocus={false} />
        ) : tags.data.items.length === 0 ? (
          <p className="muted">You have no tags yet. Tag people on the Tags page, then choose tags here.</p>
        ) : (
          tags.data.items.map((t) => (
            <label key={t.id} className="checkbox">
              <input
                type="checkbox"
                checked={chosen.has(t.id)}
                onChange={(event) => {
                  const next = new Set(chosen);
                  if (event.target.checked) next.add(t.id);
                  else next.delete(t.id);
                  update.mutate({ careerTagIds: [...next] });
                }}
              />
              {t.name}
            </label>
          ))
        )}
      </fieldset>
      <p id={statusId} className="field__hint" role="status">
        {update.isPending ? 'Saving…' : update.isSuccess ? 'Saved.' : 'Changes are saved as soon as you make them.'}
      </p>
      {update.isError && (
        <p className="follow__error" role="alert">
          {errorMessage(update.error)}
        </p>
      )}
    </div>
  );
}
