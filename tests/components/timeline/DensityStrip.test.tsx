import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DensityStrip, fillLevel } from '../../../src/components/timeline/DensityStrip.tsx';

const years = [
  { key: '1981', label: '1981', count: 1 },
  { key: '1982', label: '1982', count: 0 },
  { key: '1983', label: '1983', count: 0 },
  { key: '1984', label: '1984', count: 0 },
  { key: '1985', label: '1985', count: 12 },
  { key: '1986', label: '1986', count: 0 },
  { key: '1987', label: '1987', count: 3 },
];

describe('fillLevel', () => {
  it('gives the share of the tallest bar in steps of 5, at least one step for any record, 0 for none', () => {
    expect(fillLevel(12, 12)).toBe(100);
    expect(fillLevel(3, 12)).toBe(25);
    expect(fillLevel(1, 37)).toBe(5);
    expect(fillLevel(13, 37)).toBe(40);
    expect(fillLevel(0, 12)).toBe(0);
  });
});

describe('DensityStrip', () => {
  it('draws bar heights with classes, not style attributes (the Content-Security-Policy blocks those)', () => {
    const { container } = render(<DensityStrip buckets={years} scale={{ kind: 'years' }} from={null} to={null} unplaced={0} onSelect={() => {}} />);
    expect(container.querySelector('[style]')).toBeNull();
    const fill = (name: string) => screen.getByRole('button', { name }).querySelector('.density__fill')!.className;
    expect(fill('1985: 12 records')).toBe('density__fill density__fill--100');
    expect(fill('1987: 3 records')).toBe('density__fill density__fill--25');
    expect(fill('1986: 0 records')).toBe('density__fill density__fill--0');
  });

  it('renders one named button per year, folding long empty runs into a described gap', () => {
    render(<DensityStrip buckets={years} scale={{ kind: 'years' }} from={null} to={null} unplaced={0} onSelect={() => {}} />);
    expect(screen.getByRole('heading', { name: 'Records per year' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '1985: 12 records' })).toBeEnabled();
    expect(screen.getByRole('button', { name: '1981: 1 record' })).toBeEnabled();
    // A single empty year stays as a (disabled) bar; three in a row become one gap.
    expect(screen.getByRole('button', { name: '1986: 0 records' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: /^1983/ })).not.toBeInTheDocument();
    expect(screen.getByText('1982–1984: no records')).toBeInTheDocument();
  });

  it('sets the range to a bar, and clears it when the pressed bar is pressed again', async () => {
    const onSelect = vi.fn();
    const user = userEvent.setup();
    const { rerender } = render(
      <DensityStrip buckets={years} scale={{ kind: 'years' }} from={null} to={null} unplaced={0} onSelect={onSelect} />,
    );
    await user.click(screen.getByRole('button', { name: '1987: 3 records' }));
    expect(onSelect).toHaveBeenLastCalledWith('1987');
    rerender(<DensityStrip buckets={years} scale={{ kind: 'years' }} from="1987" to="1987" unplaced={0} onSelect={onSelect} />);
    const pressed = screen.getByRole('button', { name: '1987: 3 records' });
    expect(pressed).toHaveAttribute('aria-pressed', 'true');
    await user.click(pressed);
    expect(onSelect).toHaveBeenLastCalledWith(null);
  });

  it('selects a span by shift-click, by drag and by Shift and an arrow key', async () => {
    const onSelect = vi.fn();
    const onSelectSpan = vi.fn();
    const user = userEvent.setup();
    const strip = (from: string | null, to: string | null) => (
      <DensityStrip buckets={years} scale={{ kind: 'years' }} from={from} to={to} unplaced={0} onSelect={onSelect} onSelectSpan={onSelectSpan} />
    );
    const { rerender } = render(strip('1985', '1985'));
    await user.keyboard('{Shift>}');
    await user.click(screen.getByRole('button', { name: '1981: 1 record' }));
    await user.keyboard('{/Shift}');
    expect(onSelectSpan).toHaveBeenLastCalledWith('1981', '1985');
    expect(onSelect).not.toHaveBeenCalled();

    await user.pointer([{ keys: '[MouseLeft>]', target: screen.getByRole('button', { name: '1981: 1 record' }) }, { keys: '[/MouseLeft]', target: screen.getByRole('button', { name: '1987: 3 records' }) }]);
    expect(onSelectSpan).toHaveBeenLastCalledWith('1981', '1987');

    rerender(strip('1981', '1981'));
    screen.getByRole('button', { name: '1981: 1 record' }).focus();
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    expect(onSelectSpan).toHaveBeenLastCalledWith('1981', '1985');
    expect(screen.getByRole('button', { name: '1985: 12 records' })).toHaveFocus();
  });

  it('on the month scale offers a way back to all years and says what it cannot show', async () => {
    const onSelect = vi.fn();
    const months = Array.from({ length: 12 }, (_, i) => ({
      key: `2025-${String(i + 1).padStart(2, '0')}`,
      label: `${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][i]} 2025`,
      count: i === 11 ? 4 : 0,
    }));
    render(<DensityStrip buckets={months} scale={{ kind: 'months', year: '2025' }} from="2025" to="2025" unplaced={2} onSelect={onSelect} />);
    expect(screen.getByRole('heading', { name: 'Records per month in 2025' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /2025: / })).toHaveLength(12);
    expect(screen.getByText('2 records from 2025 with no stated month are not on the strip.')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: /All years/ }));
    expect(onSelect).toHaveBeenCalledWith(null);
  });

  it('renders nothing without buckets', () => {
    const { container } = render(<DensityStrip buckets={[]} scale={{ kind: 'years' }} from={null} to={null} unplaced={3} onSelect={() => {}} />);
    expect(container).toBeEmptyDOMElement();
  });
});
