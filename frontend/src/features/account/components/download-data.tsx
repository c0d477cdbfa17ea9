import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorBox } from '@/components/ui/error-box';
import { saveFile } from '@/lib/save-file';
import { useExportMyData } from '../api/export-my-data';

/** The Settings card that downloads everything Rapport holds about you as one JSON file. */
export function DownloadData() {
  const exportData = useExportMyData();

  return (
    <Card title="Download my data">
      <p className="card__intro muted">
        One JSON file with your profile and career history, connections, followers and follows, invitations, tags and
        tag views, posts, comments and likes, and the list of your sessions and access tokens (never their secrets).
      </p>
      {exportData.isError && <ErrorBox title="Your data was not downloaded" error={exportData.error} />}
      {exportData.isSuccess && (
        <p className="notice" role="status">
          Saved as {exportData.data.fileName}.
        </p>
      )}
      <div className="form__actions form__actions--start">
        <Button
          variant="secondary"
          isLoading={exportData.isPending}
          onClick={() =>
            exportData.mutate(undefined, { onSuccess: ({ file, fileName }) => saveFile(file, fileName) })
          }
        >
          Download my data
        </Button>
      </div>
    </Card>
  );
}
