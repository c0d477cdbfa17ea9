import { TagManager } from '@/features/tags/components/tag-manager';

/** /tags: the tag manager (tags, people under them, saved views). */
export function TagsRoute() {
  return (
    <>
      <title>Tags · Rapport</title>
      <TagManager />
    </>
  );
}
