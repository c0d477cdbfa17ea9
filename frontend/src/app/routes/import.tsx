import { useNavigate } from 'react-router';
import { Card } from '@/components/ui/card';
import { ImportList } from '@/features/imports/components/import-list';
import { ImportUpload } from '@/features/imports/components/import-upload';

/** /import: upload LinkedIn's Connections.csv, and the imports made before. */
export function ImportRoute() {
  const navigate = useNavigate();
  return (
    <div className="stack page__narrow-wide">
      <title>Import your network · Rapport</title>
      <Card title="Import your network" headingLevel={1}>
        <p className="card__intro">
          Find the people you already know. On LinkedIn, open <strong>Settings &amp; Privacy → Data privacy → Get a copy
          of your data</strong>, choose <strong>Connections</strong>, and upload the <code>Connections.csv</code> file it
          emails you.
        </p>
        <ul className="import-promises">
          <li>Only you see this file and the people in it. Nobody is told.</li>
          <li>People are matched by email, else by name and company, and shown to you to confirm.</li>
          <li>People not on Rapport yet are kept privately and matched when they join.</li>
        </ul>
        <ImportUpload onImported={(result) => navigate(`/import/${result.id}`)} />
      </Card>
      <Card title="Your imports">
        <ImportList />
      </Card>
    </div>
  );
}
