import { Card } from '@/components/ui/card';
import { RelationshipReview } from '@/features/relationships/components/relationship-review';
import { useTags } from '@/features/tags/api/list-tags';

/** /review: walk through my connections and quietly turn the ones I no longer know into followers. */
export function ReviewRoute() {
  const tags = useTags();
  return (
    <div className="stack">
      <title>Review your connections · Rapport</title>
      <div className="page-title">
        <h1 className="page-title__text">Review your connections</h1>
      </div>
      <p className="muted">
        Do you still know everyone you are connected with? Keep who you do; quietly make the others followers. Only you
        see this page.
      </p>
      <Card title="Connections" aria-label="Relationship review">
        <RelationshipReview tags={tags.data ?? []} />
      </Card>
    </div>
  );
}
