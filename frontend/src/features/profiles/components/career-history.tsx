import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import type { Position } from '../api/add-position';
import { PositionItem } from './position-item';

/** A member's positions as others see them, current ones first. */
export function CareerHistory({ positions, ownerName }: { positions: Position[]; ownerName: string }) {
  return (
    <Card title="Career history">
      {positions.length === 0 ? (
        <EmptyState title={`${ownerName} has not added any positions yet.`} />
      ) : (
        <ul className="position-list">
          {positions.map((position) => (
            <PositionItem key={position.id} position={position} />
          ))}
        </ul>
      )}
    </Card>
  );
}
