import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorBox } from '@/components/ui/error-box';
import { pluralCount } from '@/lib/format';
import { useDeleteTag } from '../api/delete-tag';
import { useRenameTag } from '../api/rename-tag';
import type { Tag } from '../api/types';
import { TagNameForm } from './tag-name-form';

type Mode = 'view' | 'rename' | 'delete';

/** One tag in the manager: name and count, "People", rename in place, delete with confirmation. */
export function TagRow({ tag, selected, onSelect }: { tag: Tag; selected: boolean; onSelect: () => void }) {
  const [mode, setMode] = useState<Mode>('view');
  const rename = useRenameTag(tag.id);
  const remove = useDeleteTag(tag.id);

  if (mode === 'rename') {
    return (
      <li className="tag-row tag-row--editing">
        <TagNameForm
          formLabel={`Rename ${tag.name}`}
          label={`New name for ${tag.name}`}
          submitLabel="Rename"
          initialName={tag.name}
          isPending={rename.isPending}
          error={rename.error}
          onEdit={rename.reset}
          onSubmit={(name) => rename.mutate(name, { onSuccess: () => setMode('view') })}
          onCancel={() => {
            rename.reset();
            setMode('view');
          }}
        />
      </li>
    );
  }

  return (
    <li className={`tag-row${selected ? ' tag-row--selected' : ''}`}>
      <div className="tag-row__text">
        <p className="tag-row__name">#{tag.name}</p>
        <p className="muted tag-row__count">{pluralCount(tag.memberCount, 'person', 'people')}</p>
      </div>
      {mode === 'delete' ? (
        <div className="confirm">
          <span className="confirm__text">Delete #{tag.name}? People stay in your network.</span>
          <Button variant="secondary" size="sm" onClick={() => setMode('view')} disabled={remove.isPending}>
            Keep
          </Button>
          <Button variant="danger" size="sm" onClick={() => remove.mutate()} isLoading={remove.isPending}>
            Delete tag
          </Button>
        </div>
      ) : (
        <div className="tag-row__actions">
          <Button variant={selected ? 'primary' : 'secondary'} size="sm" onClick={onSelect} aria-pressed={selected} aria-label={`People under ${tag.name}`}>
            People
          </Button>
          <Button variant="ghost" size="sm" onClick={() => setMode('rename')} aria-label={`Rename ${tag.name}`}>
            Rename
          </Button>
          <Button variant="ghost" size="sm" onClick={() => setMode('delete')} aria-label={`Delete ${tag.name}`}>
            Delete
          </Button>
        </div>
      )}
      {remove.isError && <ErrorBox title="The tag was not deleted" error={remove.error} />}
    </li>
  );
}
