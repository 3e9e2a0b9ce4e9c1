import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FacetGroup } from '../../../src/components/filters/FacetGroup.tsx';

const option = (value: string, count: number, selected = false) => ({ value, label: value.toUpperCase(), count, selected, excluded: false });

describe('FacetGroup', () => {
  it('is a named group of checkboxes that say their counts', () => {
    render(<FacetGroup legend="Country" showAll={(count) => `Show all ${count} countries`} options={[option('fi', 3, true), option('se', 1)]} onToggle={() => {}} />);
    expect(screen.getByRole('group', { name: 'Country' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'FI, 3 records' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'SE, 1 record' })).not.toBeChecked();
  });

  it('keeps values with no records visible but unselectable, unless already ticked', async () => {
    const onToggle = vi.fn();
    render(<FacetGroup legend="Country" showAll={(count) => `Show all ${count} countries`} options={[option('dk', 0), option('jp', 0, true)]} onToggle={onToggle} />);
    expect(screen.getByRole('checkbox', { name: 'DK, 0 records' })).toBeDisabled();
    const japan = screen.getByRole('checkbox', { name: 'JP, 0 records' });
    expect(japan).toBeEnabled();
    await userEvent.setup().click(japan);
    expect(onToggle).toHaveBeenCalledWith('jp');
  });

  it('shows long lists in part, always including ticked values, with a disclosure for the rest', async () => {
    const options = Array.from({ length: 12 }, (_, i) => option(`c${i}`, 12 - i, i === 10));
    render(<FacetGroup legend="Country" showAll={(count) => `Show all ${count} countries`} options={options} onToggle={() => {}} collapseAfter={4} />);
    expect(screen.getAllByRole('checkbox')).toHaveLength(5);
    expect(screen.getByRole('checkbox', { name: /^C10,/ })).toBeChecked();
    const more = screen.getByRole('button', { name: 'Show all 12 countries' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await userEvent.setup().click(more);
    expect(screen.getAllByRole('checkbox')).toHaveLength(12);
    expect(screen.getByRole('button', { name: 'Show fewer' })).toHaveAttribute('aria-expanded', 'true');
  });
});
