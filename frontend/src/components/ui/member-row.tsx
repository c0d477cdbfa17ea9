import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Avatar } from './avatar';

type MemberRowProps = {
  member: {
    handle: string;
    displayName: string;
    headline?: string | null;
    currentTitle?: string | null;
    currentCompany?: string | null;
  };
  /** A line under the headline, e.g. "3 mutual connections". */
  meta?: ReactNode;
  /** Buttons on the right (under the text on phones). */
  actions?: ReactNode;
  /** More content under the member, e.g. an invitation's note. */
  children?: ReactNode;
};

/** A member in a list: avatar, name linking to the profile, headline, and room for actions. */
export function MemberRow({ member, meta, actions, children }: MemberRowProps) {
  const position =
    member.currentTitle && member.currentCompany
      ? `${member.currentTitle} at ${member.currentCompany}`
      : member.currentTitle || member.currentCompany;
  const line = member.headline || position;
  return (
    <li className="member-row member-row--wide">
      <Avatar name={member.displayName} seed={member.handle} />
      <div className="member-row__main">
        <div className="member-row__top">
          <div className="member-row__text">
            <p className="member-row__title">
              <Link className="member-row__name" to={`/in/${member.handle}`}>
                {member.displayName}
              </Link>
              <span className="member-row__handle">@{member.handle}</span>
            </p>
            {line && <p className="member-row__headline">{line}</p>}
            {meta && <p className="member-row__details">{meta}</p>}
          </div>
          {actions && <div className="member-row__actions">{actions}</div>}
        </div>
        {children}
      </div>
    </li>
  );
}
