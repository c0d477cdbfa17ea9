import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';
import { DownloadData } from './download-data';

describe('DownloadData', () => {
  afterEach(() => vi.restoreAllMocks());

  it('downloads the export as the file the server names', async () => {
    signIn();
    const document = { format: 'rapport-export/1', memberId: 7 };
    const api = fakeApi().on(
      'GET /api/me/export',
      () =>
        new Response(JSON.stringify(document), {
          status: 200,
          headers: {
            'Content-Type': 'application/json',
            'Content-Disposition': 'attachment; filename="rapport-data-2026-12-02.json"',
          },
        }),
    );
    const saved: { blob?: Blob; name?: string } = {};
    URL.createObjectURL = vi.fn((blob: Blob) => {
      saved.blob = blob;
      return 'blob:export';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.name = this.download;
    });
    const { user } = renderWithProviders(<DownloadData />);

    await user.click(screen.getByRole('button', { name: 'Download my data' }));

    expect(await screen.findByText('Saved as rapport-data-2026-12-02.json.')).toBeInTheDocument();
    expect(click).toHaveBeenCalledOnce();
    expect(saved.name).toBe('rapport-data-2026-12-02.json');
    expect(JSON.parse(await saved.blob!.text())).toEqual(document);
    expect(api.callsTo('GET /api/me/export')).toHaveLength(1);
  });
});
