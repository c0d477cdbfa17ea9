import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorBox } from '@/components/ui/error-box';
import { useCurrentMember } from '@/lib/session';
import { useAddPosition, type Position } from '../api/add-position';
import { useDeletePosition } from '../api/delete-position';
import { useUpdatePosition } from '../api/update-position';
import { PositionForm } from './position-form';
import { PositionItem } from './position-item';

type Editing = { kind: 'none' } | { kind: 'add' } | { kind: 'edit'; id: number } | { kind: 'remove'; id: number };

/** The signed-in member's career history, with add, edit and remove. */
export function MyCareerHistory({ positions }: { positions: Position[] }) {
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const add = useAddPosition();
  const update = useUpdatePosition();
  const remove = useDeletePosition();
  const me = useCurrentMember();

  function close() {
    add.reset();
    update.reset();
    remove.reset();
    setEditing({ kind: 'none' });
  }

  return (
    <Card
      title="Career history"
      actions={
        editing.kind !== 'add' && (
          <Button variant="secondary" size="sm" onClick={() => { close(); setEditing({ kind: 'add' }); }}>
            Add position
          </Button>
        )
      }
    >
      {editing.kind === 'add' && (
        <PositionForm
          announcer={me.data}
          isSaving={add.isPending}
          error={add.error ?? undefined}
          onSubmit={(input) => add.mutate(input, { onSuccess: close })}
          onCancel={close}
        />
      )}
      {positions.length === 0 && editing.kind !== 'add' ? (
        <EmptyState title="No positions yet.">
          Add where you work and have worked, so people know what you do.
        </EmptyState>
      ) : (
        <ul className="position-list">
          {positions.map((position) =>
            editing.kind === 'edit' && editing.id === position.id ? (
              <li key={position.id} className="position position--editing">
                <PositionForm
                  position={position}
                  isSaving={update.isPending}
                  error={update.error ?? undefined}
                  onSubmit={(body) => update.mutate({ positionId: position.id, body }, { onSuccess: close })}
                  onCancel={close}
                />
              </li>
            ) : (
              <PositionItem
                key={position.id}
                position={position}
                actions={
                  editing.kind === 'remove' && editing.id === position.id ? (
                    <div className="confirm" role="group" aria-label={`Confirm removing ${position.title}`}>
                      <span className="confirm__text">Remove this position?</span>
                      <Button variant="danger" size="sm" isLoading={remove.isPending} onClick={() => remove.mutate(position.id, { onSuccess: close })}>
                        Remove
                      </Button>
                      <Button variant="ghost" size="sm" onClick={close} disabled={remove.isPending}>
                        Keep
                      </Button>
                    </div>
                  ) : (
                    <>
                      <Button variant="ghost" size="sm" aria-label={`Edit ${position.title} at ${position.company}`} onClick={() => { close(); setEditing({ kind: 'edit', id: position.id }); }}>
                        Edit
                      </Button>
                      <Button variant="ghost" size="sm" aria-label={`Remove ${position.title} at ${position.company}`} onClick={() => { close(); setEditing({ kind: 'remove', id: position.id }); }}>
                        Remove
                      </Button>
                    </>
                  )
                }
              />
            ),
          )}
        </ul>
      )}
      {remove.isError && <ErrorBox title="The position was not removed" error={remove.error} />}
    </Card>
  );
}
