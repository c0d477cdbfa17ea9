import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { NetworkImport } from '../api/types';
import { fakeApi } from '@/testing/fake-api';
import { fakeXhr } from '@/testing/fake-xhr';
import { renderWithProviders, signIn } from '@/testing/render';
import { ImportUpload } from './import-upload';

const MB = 1024 * 1024;

const imported: NetworkImport = {
  id: 12,
  fileName: 'Connections.csv',
  format: 'LINKEDIN',
  createdAt: '2026-03-01T10:00:00Z',
  rowCount: 3,
  matchedCount: 1,
  ambiguousCount: 0,
  unmatchedCount: 2,
  dismissedCount: 0,
  followingCount: 0,
  skippedCount: 0,
  skippedLines: [],
};

function aFile(bytes: number) {
  const file = new File(['First Name,Last Name\nDana,Reyes\n'], 'Connections.csv', { type: 'text/csv' });
  Object.defineProperty(file, 'size', { value: bytes });
  return file;
}

describe('ImportUpload', () => {
  it('refuses a file over 8 MB before sending it, and asks for a file when none is chosen', async () => {
    signIn();
    const api = fakeApi();
    const xhr = fakeXhr();
    const onImported = vi.fn();
    const { user } = renderWithProviders(<ImportUpload onImported={onImported} />);

    await user.click(screen.getByRole('button', { name: 'Import and find matches' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose your Connections.csv file first.');

    await user.upload(screen.getByLabelText('Connections.csv file'), aFile(10 * MB));
    await user.click(screen.getByRole('button', { name: 'Import and find matches' }));
    expect(screen.getByRole('alert')).toHaveTextContent('This file is 10.0 MB; a network export is at most 8 MB');
    expect(api.calls).toHaveLength(0);
    expect(() => xhr.last).toThrow();
    expect(onImported).not.toHaveBeenCalled();
  });

  it('shows the bytes sent of the file and the percentage, then "Matching…" while the server works', async () => {
    signIn('tok-1');
    fakeApi();
    const xhr = fakeXhr();
    const onImported = vi.fn();
    const { user } = renderWithProviders(<ImportUpload onImported={onImported} />);

    const file = aFile(4 * MB);
    await user.upload(screen.getByLabelText('Connections.csv file'), file);
    await user.click(screen.getByRole('button', { name: 'Import and find matches' }));

    const sent = await waitFor(() => xhr.last);
    expect(sent.method).toBe('POST');
    expect(sent.url).toBe('/api/me/network-imports?fileName=Connections.csv');
    expect(sent.headers['Content-Type']).toBe('text/csv');
    expect(sent.headers.Authorization).toBe('Bearer tok-1');
    expect(sent.body).toBe(file);

    const bar = await screen.findByRole('progressbar', { name: 'Uploading Connections.csv' });
    expect(screen.getByText('0.0 MB of 4.0 MB · 0%')).toBeInTheDocument();

    act(() => sent.progress(1 * MB, 4 * MB));
    expect(await screen.findByText('1.0 MB of 4.0 MB · 25%')).toBeInTheDocument();
    expect(bar).toHaveAttribute('value', String(1 * MB));
    expect(bar).toHaveAttribute('max', String(4 * MB));
    expect(bar).toHaveAttribute('aria-valuetext', '25% (1.0 MB of 4.0 MB)');
    expect(screen.getByRole('status')).toHaveTextContent('Uploading Connections.csv…');

    act(() => sent.progress(3 * MB, 4 * MB));
    expect(await screen.findByText('3.0 MB of 4.0 MB · 75%')).toBeInTheDocument();

    act(() => sent.uploaded());
    expect(await screen.findByRole('status')).toHaveTextContent('Matching your contacts on Rapport…');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import and find matches' })).toBeDisabled();

    act(() => sent.respond(201, imported));
    await waitFor(() => expect(onImported).toHaveBeenCalledWith(imported));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('shows the problem the server answered, and takes the focus to it', async () => {
    signIn();
    fakeApi();
    const xhr = fakeXhr();
    const onImported = vi.fn();
    const { user } = renderWithProviders(<ImportUpload onImported={onImported} />);

    await user.upload(screen.getByLabelText('Connections.csv file'), aFile(2048));
    await user.click(screen.getByRole('button', { name: 'Import and find matches' }));
    expect(await screen.findByText('0 KB of 2 KB · 0%')).toBeInTheDocument();
    const sent = await waitFor(() => xhr.last);
    act(() => sent.uploaded());
    act(() =>
      sent.respond(422, {
        type: 'about:blank',
        title: 'Unprocessable',
        status: 422,
        code: 'FILE_NOT_CSV',
        detail: 'This is not a CSV file: export Connections.csv again.',
      }),
    );

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This file was not imported');
    expect(alert).toHaveTextContent('This is not a CSV file: export Connections.csv again.');
    expect(alert).toHaveFocus();
    expect(onImported).not.toHaveBeenCalled();
  });

  it('says so when the connection drops', async () => {
    signIn();
    fakeApi();
    const xhr = fakeXhr();
    const { user } = renderWithProviders(<ImportUpload onImported={vi.fn()} />);

    await user.upload(screen.getByLabelText('Connections.csv file'), aFile(2048));
    await user.click(screen.getByRole('button', { name: 'Import and find matches' }));
    const sent = await waitFor(() => xhr.last);
    act(() => sent.failNetwork());
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not reach Rapport.');
  });
});
