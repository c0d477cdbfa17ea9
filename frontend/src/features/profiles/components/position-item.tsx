import type { ReactNode } from 'react';
import { formatDateRange } from '@/lib/format';
import type { Position } from '../api/add-position';

/** One entry of a career history: title, company, dates and description. */
export function PositionItem({ position, actions }: { position: Position; actions?: ReactNode }) {
  return (
    <li className="position">
      <div className="position__marker" aria-hidden="true">
        {position.company.trim().charAt(0).toUpperCase()}
      </div>
      <div className="position__body">
        <div className="position__top">
          <div>
            <h3 className="position__title">{position.title}</h3>
            <p className="position__company">{position.company}</p>
            <p className="position__dates">
              {formatDateRange(position.startDate, position.endDate)}
              {position.current && <span className="badge">Current</span>}
            </p>
          </div>
          {actions && <div className="position__actions">{actions}</div>}
        </div>
        {position.description && <p className="position__description prose">{position.description}</p>}
      </div>
    </li>
  );
}
