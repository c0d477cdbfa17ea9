import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorBox } from '@/components/ui/error-box';
import { LoadingBlock } from '@/components/ui/spinner';
import { useCreateTagView } from '../api/create-tag-view';
import { useDeleteTagView } from '../api/delete-tag-view';
import { useTagViews } from '../api/list-tag-views';
import type { Tag, TagView } from '../api/types';
import { useUpdateTagView } from '../api/update-tag-view';
import { TagViewForm } from './tag-view-form';

function describe(view: TagView, tags: Tag[]): string {
  const names = (ids: number[]) => ids.map((id) => tags.find((tag) => tag.id === id)?.name ?? 'a deleted tag');
  const included = names(view.tagIds).join(view.mode === 'ALL' ? ' and ' : ' or ');
  const excluded = names(view.excludedTagIds);
  return `People under ${included}${excluded.length > 0 ? `, except ${excluded.join(', ')}` : ''}`;
}

function ViewRow({ view, tags }: { view: TagView; tags: Tag[] }) {
  const [mode, setMode] = useState<'view' | 'edit' | 'delete'>('view');
  const update = useUpdateTagView(view.id);
  const remove = useDeleteTagView(view.id);

  if (mode === 'edit') {
    return (
      <li className="tag-row tag-row--editing">
        <TagViewForm
          tags={tags}
          view={view}
          isPending={update.isPending}
          error={update.error}
          onSubmit={(input) => update.mutate(input, { onSuccess: () => setMode('view') })}
          onCancel={() => setMode('view')}
        />
      </li>
    );
  }
  return (
    <li className="tag-row">
      <div className="tag-row__text">
        <Link to={`/?view=${view.id}`} className="tag-row__name">
          {view.name}
        </Link>
        <p className="muted tag-row__count">{describe(view, tags)}</p>
      </div>
      {mode === 'delete' ? (
        <div className="confirm">
          <span className="confirm__text">Delete this view?</span>
          <Button variant="secondary" size="sm" onClick={() => setMode('view')}>
            Keep
          </Button>
          <Button variant="danger" size="sm" onClick={() => remove.mutate()} isLoading={remove.isPending}>
            Delete view
          </Button>
        </div>
      ) : (
        <div className="tag-row__actions">
          <Button variant="ghost" size="sm" onClick={() => setMode('edit')} aria-label={`Edit view ${view.name}`}>
            Edit
          </Button>
          <Button variant="ghost" size="sm" onClick={() => setMode('delete')} aria-label={`Delete view ${view.name}`}>
            Delete
          </Button>
        </div>
      )}
      {remove.isError && <ErrorBox title="The view was not deleted" error={remove.error} />}
    </li>
  );
}

/** Saved tag views: combinations of tags (any/all, with exclusions) that become one-click feeds. */
export function TagViewsManager({ tags }: { tags: Tag[] }) {
  const views = useTagViews();
  const create = useCreateTagView();
  const [creating, setCreating] = useState(false);

  return (
    <Card
      title="Saved views"
      actions={
        !creating &&
        tags.length > 0 && (
          <Button variant="secondary" size="sm" onClick={() => setCreating(true)}>
            New view
          </Button>
        )
      }
    >
      <p className="muted card__intro">A view combines tags, for example “clients or prospects, except competitors”. Each one is a chip above your feed.</p>
      {creating && (
        <TagViewForm
          tags={tags}
          isPending={create.isPending}
          error={create.error}
          onSubmit={(input) => create.mutate(input, { onSuccess: () => setCreating(false) })}
          onCancel={() => {
            create.reset();
            setCreating(false);
          }}
        />
      )}
      {views.isPending && <LoadingBlock label="Loading views…" />}
      {views.isError && <ErrorBox title="Your views could not be loaded" error={views.error} onRetry={() => void views.refetch()} />}
      {views.data && views.data.length === 0 && !creating && (
        <EmptyState title="No saved views yet.">{tags.length === 0 ? 'Create a tag first.' : 'Combine your tags into a view with “New view”.'}</EmptyState>
      )}
      {views.data && views.data.length > 0 && (
        <ul className="tag-list" aria-label="Saved views">
          {views.data.map((view) => (
            <ViewRow key={view.id} view={view} tags={tags} />
          ))}
        </ul>
      )}
    </Card>
  );
}
