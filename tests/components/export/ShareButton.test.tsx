import { screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShareButton } from '../../../src/components/export/ShareButton.tsx';
import { renderRoute } from '../../support/renderRoute.tsx';

function giveNavigatorShare(share: (data: ShareData) => Promise<void>) {
  Object.defineProperty(navigator, 'share', { value: vi.fn(share), configurable: true, writable: true });
  return navigator.share as unknown as ReturnType<typeof vi.fn>;
}

afterEach(() => {
  delete (navigator as { share?: unknown }).share;
});

describe('Share button', () => {
  it('is not there when the browser has no Web Share API', async () => {
    renderRoute('/organisations/kone');
    expect(await screen.findByRole('button', { name: 'Copy link' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Share' })).not.toBeInTheDocument();
  });

  it('renders nothing on the server even where share exists, so hydration matches the prerendered page', () => {
    giveNavigatorShare(async () => {});
    expect(renderToString(<ShareButton />)).toBe('');
  });

  it('shares the page title and URL where the browser can', async () => {
    const share = giveNavigatorShare(async () => {});
    const { user } = renderRoute('/organisations/kone');
    await user.click(await screen.findByRole('button', { name: 'Share' }));
    expect(share).toHaveBeenCalledWith({ title: document.title, url: window.location.href });
    expect(document.title).toBe('KONE · Trade Mission Atlas');
  });

  it('treats a cancelled share sheet (AbortError) as nothing wrong, and says so when sharing fails', async () => {
    giveNavigatorShare(async () => {
      throw new DOMException('Share canceled', 'AbortError');
    });
    const { user } = renderRoute('/organisations/kone');
    await user.click(await screen.findByRole('button', { name: 'Share' }));
    expect(screen.queryByText('Could not share the link')).not.toBeInTheDocument();

    giveNavigatorShare(async () => {
      throw new DOMException('Not allowed', 'NotAllowedError');
    });
    await user.click(screen.getByRole('button', { name: 'Share' }));
    expect(await screen.findByText('Could not share the link')).toHaveAttribute('role', 'status');
  });
});

describe('Copy link on every page', () => {
  it.each([
    ['timeline', '/?country=SE'],
    ['directory', '/organisations'],
    ['organisation', '/organisations/kone'],
    ['event', '/events/chengdu-finland-dialogue-2025-12-04'],
    ['delegation', '/delegations/finnish-enterprise-delegation-chengdu-2025-12'],
    ['agreement', '/agreements/business-finland-pledge-finnish-delegation-to-chengdu-2025'],
    ['sources', '/sources'],
    ['source', '/sources/chengdu-finland-dialogue-2025'],
  ])('the %s page has a Copy link button that copies the address', async (_page, url) => {
    const { user } = renderRoute(url);
    // userEvent.setup() puts a clipboard stub in place; spy on it after that.
    const write = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(await screen.findByRole('button', { name: 'Copy link' }));
    expect(write).toHaveBeenCalledWith(window.location.href);
    expect(await screen.findByText('Link copied to the clipboard')).toBeInTheDocument();
  });
});
