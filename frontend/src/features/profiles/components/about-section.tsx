import { Card } from '@/components/ui/card';

/** The member's own words about themselves; line breaks are kept. */
export function AboutSection({ about }: { about?: string | null }) {
  if (!about) return null;
  return (
    <Card title="About">
      <p className="prose">{about}</p>
    </Card>
  );
}
