import { Link } from 'react-router';
import { useTags } from '../api/list-tags';
import { useTagViews } from '../api/list-tag-views';

/** The feed selection the chips show as active; mirrors the `?view=` / `?tag=` of the URL. */
export type TagSelection = { kind: 'all' } | { kind: 'view'; viewId: number } | { kind: 'tag'; tagId: number };

function Chip({ to, active, children }: { to: string; active: boolean; children: string }) {
  return (
    <li>
      <Link to={to} className={`chip${active ? ' chip--active' : ''}`} aria-current={active ? 'page' : undefined}>
        {children}
      </Link>
    </li>
  );
}

/** One-click feed toggles: "All", each saved tag view, then each tag. The selection lives in the URL. */
export function FeedFilterChips({ selected }: { selected: TagSelection }) {
  const tags = useTags();
  const views = useTagViews();
  const tagList = tags.data ?? [];
  const viewList = views.data ?? [];
  const failed = tags.isError || views.isError;

  return (
    <nav className="chips" aria-label="Feed filters">
      <ul className="chips__list">
        <Chip to="/" active={selected.kind === 'all'}>
          All
        </Chip>
        {viewList.map((view) => (
          <Chip key={`v${view.id}`} to={`/?view=${view.id}`} active={selected.kind === 'view' && selected.viewId === view.id}>
            {view.name}
          </Chip>
        ))}
        {tagList.map((tag) => (
          <Chip key={`t${tag.id}`} to={`/?tag=${tag.id}`} active={selected.kind === 'tag' && selected.tagId === tag.id}>
            {`#${tag.name}`}
          </Chip>
        ))}
        <li className="chips__manage">
          <Link to="/tags">{tagList.length === 0 && !tags.isPending ? 'Create tags to focus your feed' : 'Manage tags'}</Link>
        </li>
      </ul>
      {failed && <p className="field__error">Your tags could not be loaded; the full feed still works.</p>}
    </nav>
  );
}
