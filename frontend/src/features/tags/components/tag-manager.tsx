import { useState } from 'react';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorBox } from '@/components/ui/error-box';
import { LoadingBlock } from '@/components/ui/spinner';
import { useCreateTag } from '../api/create-tag';
import { useTags } from '../api/list-tags';
import { TaggedMembers } from './tagged-members';
import { TagNameForm } from './tag-name-form';
import { TagRow } from './tag-row';
import { TagViewsManager } from './tag-views-manager';

/** The /tags page: my private tags, the people under the one selected, and my saved views. */
export function TagManager() {
  const tags = useTags();
  const create = useCreateTag();
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const selected = tags.data?.find((tag) => tag.id === selectedId) ?? null;

  return (
    <div className="stack">
      <Card title="Tags" headingLevel={1}>
        <p className="muted card__intro">
          Private labels for people you follow or are connected to. Nobody else ever sees them, and they never change
          anyone’s ranking.
        </p>
        <TagNameForm
          formLabel="Create a tag"
          label="New tag"
          submitLabel="Create tag"
          isPending={create.isPending}
          error={create.error}
          onEdit={create.reset}
          onSubmit={(name, reset) =>
            create.mutate(name, {
              onSuccess: (tag) => {
                reset();
                setSelectedId(tag.id);
              },
            })
          }
        />
        {tags.isPending && <LoadingBlock label="Loading your tags…" />}
        {tags.isError && <ErrorBox title="Your tags could not be loaded" error={tags.error} onRetry={() => void tags.refetch()} />}
        {tags.data && tags.data.length === 0 && (
          <EmptyState title="You have no tags yet.">Try “clients”, “prospects” or “close friends”.</EmptyState>
        )}
        {tags.data && tags.data.length > 0 && (
          <ul className="tag-list" aria-label="Your tags">
            {tags.data.map((tag) => (
              <TagRow
                key={tag.id}
                tag={tag}
                selected={tag.id === selectedId}
                onSelect={() => setSelectedId((current) => (current === tag.id ? null : tag.id))}
              />
            ))}
          </ul>
        )}
      </Card>
      {selected && <TaggedMembers key={selected.id} tag={selected} />}
      {tags.data && <TagViewsManager tags={tags.data} />}
    </div>
  );
}
