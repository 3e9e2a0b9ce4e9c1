import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { IgnoredParamsNotice } from '../../../src/components/url/IgnoredParamsNotice.tsx';

describe('IgnoredParamsNotice', () => {
  it('renders nothing when nothing was ignored', () => {
    const { container } = render(<IgnoredParamsNotice ignored={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('lists each ignored part as param=value — reason, in a polite status', async () => {
    const onTidy = vi.fn();
    render(<IgnoredParamsNotice ignored={[{ param: 'country', value: 'XX', reason: 'not an ISO 3166-1 alpha-2 country code' }]} onTidy={onTidy} />);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('One part of this link was not understood and is ignored:');
    expect(status).toHaveTextContent('country=XX — not an ISO 3166-1 alpha-2 country code');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Remove them from the link' }));
    expect(onTidy).toHaveBeenCalledOnce();
  });

  it('keeps a long garbled link short', () => {
    const ignored = Array.from({ length: 12 }, (_, i) => ({ param: `p${i}`, value: 'x'.repeat(200), reason: 'unknown parameter' }));
    render(<IgnoredParamsNotice ignored={ignored} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(9);
    expect(screen.getByText('and 4 more')).toBeInTheDocument();
    expect(screen.getAllByText(/^p0=x+…$/)[0]!.textContent!.length).toBeLessThanOrEqual(60);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
