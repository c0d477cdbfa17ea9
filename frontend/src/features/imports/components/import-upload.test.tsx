import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';
import { ImportUpload } from './import-upload';

describe('ImportUpload', () => {
  it('refuses a file over 8 MB before sending it, and asks for a file when none is chosen', async () => {
    signIn();
    const api = fakeApi();
    const onImported = vi.fn();
    const { user } = renderWithProviders(<ImportUpload onImported={onImported} />);

    await user.click(screen.getByRole('button', { name: 'Import and find matches' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose your Connections.csv file first.');

    const big = new File(['x'], 'Connections.csv', { type: 'text/csv' });
    Object.defineProperty(big, 'size', { value: 10 * 1024 * 1024 });
    await user.upload(screen.getByLabelText('Connections.csv file'), big);
    await user.click(screen.getByRole('button', { name: 'Import and find matches' }));
    expect(screen.getByRole('alert')).toHaveTextContent('This file is 10.0 MB; a network export is at most 8 MB');
    expect(api.calls).toHaveLength(0);
    expect(onImported).not.toHaveBeenCalled();
  });
});
