import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CopyField } from '../../../src/components/export/CopyField.tsx';
import { CopyLinkButton } from '../../../src/components/export/CopyLinkButton.tsx';
import { LocaleProvider } from '../../../src/components/i18n/index.ts';
import { loadCatalogue } from '../../../src/domain/i18n/index.ts';

/** A clipboard that keeps what was written, or refuses every write. */
function giveClipboard(refuse = false) {
  const written: string[] = [];
  const writeText = vi.fn(async (text: string) => {
    if (refuse) throw new DOMException('Write permission denied.', 'NotAllowedError');
    written.push(text);
  });
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true, writable: true });
  return written;
}

function renderInEnglish(element: React.ReactNode) {
  return render(
    <MemoryRouter>
      <LocaleProvider locale="en">{element}</LocaleProvider>
    </MemoryRouter>,
  );
}

beforeEach(() => loadCatalogue('en'));
afterEach(() => {
  delete (navigator as { clipboard?: unknown }).clipboard;
  vi.useRealTimers();
});

describe('Copy link', () => {
  it('copies the page address, says so, and is back to its label 2.5 s later', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    // user-event puts a clipboard stub of its own on navigator: ours goes after it.
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const written = giveClipboard();
    renderInEnglish(<CopyLinkButton share={false} />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(written).toEqual([window.location.href]);
    expect(screen.getByRole('button', { name: 'Link copied' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Link copied to the clipboard');
    act(() => void vi.advanceTimersByTime(2500));
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('says when the browser refused to copy', async () => {
    const user = userEvent.setup();
    giveClipboard(true);
    renderInEnglish(<CopyLinkButton label="Copy this view" share={false} />);
    await user.click(screen.getByRole('button', { name: 'Copy this view' }));
    expect(screen.getByRole('status')).toHaveTextContent('Could not copy the link');
    expect(screen.getByRole('button', { name: 'Copy this view' })).toBeInTheDocument();
  });
});

describe('Copy field', () => {
  it('copies its text and says so until the reader leaves', async () => {
    const user = userEvent.setup();
    const written = giveClipboard();
    renderInEnglish(<CopyField label="Feed address" value="https://example.org/feed.xml" copyLabel="Copy address" />);
    expect(screen.getByLabelText('Feed address')).toHaveValue('https://example.org/feed.xml');
    await user.click(screen.getByRole('button', { name: 'Copy address' }));
    expect(written).toEqual(['https://example.org/feed.xml']);
    expect(screen.getByRole('button', { name: 'Copied' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Copied to the clipboard');
  });

  it('asks the reader to copy by hand when the browser refused', async () => {
    const user = userEvent.setup();
    giveClipboard(true);
    renderInEnglish(<CopyField label="Embed code" value="<iframe></iframe>" multiline copyLabel="Copy code" />);
    expect(screen.getByLabelText('Embed code').tagName).toBe('TEXTAREA');
    await user.click(screen.getByRole('button', { name: 'Copy code' }));
    expect(screen.getByRole('status')).toHaveTextContent('Could not copy; select the text and copy it by hand');
  });
});
