import { Link } from 'react-router';
import { Avatar } from '@/components/ui/avatar';
import { Icon } from '@/components/ui/icon';
import { formatPosition, timeAgo } from '@/lib/format';
import type { Post } from '../api/types';

/** "example.com/path" from a URL, for the link preview line. */
function linkLabel(url: string): string {
  try {
    const parsed = new URL(url);
    const path = parsed.pathname === '/' ? '' : parsed.pathname;
    return `${parsed.hostname.replace(/^www\./, '')}${path}`;
  } catch {
    return url;
  }
}

/** Who wrote a post, and when: avatar, name linking to the profile, headline, time ago. */
export function PostAuthor({ post, compact = false }: { post: Post; compact?: boolean }) {
  const { author } = post;
  const subtitle = author.headline || formatPosition(author.currentTitle, author.currentCompany);
  return (
    <div className="post-author">
      <Avatar name={author.displayName} seed={author.handle} size={compact ? 'sm' : 'md'} />
      <div className="post-author__text">
        <Link to={`/in/${author.handle}`} className="post-author__name">
          {author.displayName}
        </Link>
        {subtitle && !compact && <p className="post-author__headline">{subtitle}</p>}
        <p className="post-author__meta">
          <time dateTime={post.createdAt} title={new Date(post.createdAt).toLocaleString()}>
            {timeAgo(post.createdAt)}
          </time>
          {post.editedAt && <span> · edited</span>}
          <span> · {post.visibility === 'CONNECTIONS' ? 'Connections only' : 'Public'}</span>
        </p>
      </div>
    </div>
  );
}

/** The content of a post: its text and link, or the announcement of a career update. */
export function PostContent({ post }: { post: Post }) {
  if (post.kind === 'CAREER_UPDATE' && post.careerUpdate) {
    return (
      <div className="career-update">
        <span className="career-update__icon">
          <Icon name="star" filled />
        </span>
        <p className="career-update__text">
          <Link to={`/in/${post.author.handle}`}>{post.author.displayName}</Link> {post.careerUpdate.summary}
        </p>
      </div>
    );
  }
  return (
    <>
      {post.text && <p className="post__text prose">{post.text}</p>}
      {post.linkUrl && (
        <a className="link-preview" href={post.linkUrl} target="_blank" rel="noopener noreferrer nofollow ugc">
          <span className="link-preview__icon">
            <Icon name="link" />
          </span>
          <span className="link-preview__label">{linkLabel(post.linkUrl)}</span>
        </a>
      )}
    </>
  );
}
