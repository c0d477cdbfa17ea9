import { useRef, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorBox } from '@/components/ui/error-box';
import type { UploadProgress } from '@/lib/upload';
import { useImportNetwork } from '../api/import-network';
import type { NetworkImport } from '../api/types';

/** The server's limits (see importNetwork in openapi.yaml), checked here too so a wrong file is refused before it is sent. */
const MAX_BYTES = 8 * 1024 * 1024;

/** Picks Connections.csv and uploads it; a refused file gets the server's explanation. */
export function ImportUpload({ onImported }: { onImported: (result: NetworkImport) => void }) {
  const upload = useImportNetwork();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string>();
  const [progress, setProgress] = useState<UploadProgress | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setProblem('Choose your Connections.csv file first.');
      input.current?.focus();
      return;
    }
    if (file.size > MAX_BYTES) {
      setProblem(
        `This file is ${(file.size / 1024 / 1024).toFixed(1)} MB; a network export is at most 8 MB (30,000 connections take about 5 MB). Choose Connections.csv itself, or split the file.`,
      );
      return;
    }
    setProblem(undefined);
    upload.mutate({ file, onProgress: setProgress }, { onSuccess: (result) => onImported(result), onSettled: () => setProgress(null) });
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Upload your connections">
      <div className={`field${problem ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor="connections-file">
          Connections.csv file
        </label>
        <input
          ref={input}
          id="connections-file"
          className="input input--file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby={problem ? 'connections-file-error' : 'connections-file-hint'}
          aria-invalid={problem ? true : undefined}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setProblem(undefined);
            upload.reset();
          }}
        />
        {problem ? (
          <p className="field__error" id="connections-file-error" role="alert">
            {problem}
          </p>
        ) : (
          <p className="field__hint" id="connections-file-hint">
            LinkedIn&apos;s export as it comes, or any CSV with the columns First Name, Last Name, URL, Email Address,
            Company, Position, Connected On. Up to 8 MB and 30,000 people.
          </p>
        )}
      </div>
      {upload.isError && <ErrorBox title="This file was not imported" error={upload.error} />}
      {upload.isPending && progress && <UploadState fileName={file?.name ?? 'your file'} progress={progress} />}
      <div className="form__actions">
        <Button type="submit" isLoading={upload.isPending}>
          Import and find matches
        </Button>
      </div>
    </form>
  );
}

/** "1.2 MB of 4.8 MB", or in KB for a small file: both numbers in the unit of the whole. */
function sizeText(sent: number, total: number) {
  if (total < 100 * 1024) return `${Math.round(sent / 1024)} KB of ${Math.max(1, Math.round(total / 1024))} KB`;
  return `${(sent / 1024 / 1024).toFixed(1)} MB of ${(total / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The upload as it goes: the bytes sent of the file's size (a bar and a percentage), then
 * "Matching…" once the server has the file. The live region says only the phase (once each);
 * the numbers are on the bar, for whoever looks or moves to it.
 */
function UploadState({ fileName, progress }: { fileName: string; progress: UploadProgress }) {
  const sending = progress.phase === 'sending';
  const percent = sending && progress.total > 0 ? Math.floor((progress.sent / progress.total) * 100) : 100;
  return (
    <div className="import-progress">
      {sending ? (
        <progress
          className="import-progress__meter"
          max={progress.total || 1}
          value={progress.sent}
          aria-label={`Uploading ${fileName}`}
          aria-valuetext={`${percent}% (${sizeText(progress.sent, progress.total)})`}
        />
      ) : (
        <span className="import-progress__bar import-progress__bar--busy" aria-hidden="true" />
      )}
      <span role="status">
        {sending ? `Uploading ${fileName}…` : `Matching your contacts on Rapport… ${fileName} is uploaded; a large file takes a few seconds.`}
      </span>
      {sending && (
        <span className="import-progress__numbers" aria-hidden="true">
          {sizeText(progress.sent, progress.total)} · {percent}%
        </span>
      )}
    </div>
  );
}
