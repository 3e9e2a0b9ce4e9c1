import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DensityStrip, fillLevel } from '../../../src/components/timeline/DensityStrip.tsx';
import { LocaleProvider } from '../../../src/components/i18n/index.ts';
import { loadCatalogue, type Locale } from '../../../src/domain/i18n/index.ts';

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

  /** Each bar's accessible name against the text the bar shows (both the long and the phone label; CSS shows one). */
  function namesAndShownText() {
    return screen.getAllByRole('button', { name: /:|：/ }).map((bar) => ({
      name: bar.getAttribute('aria-label')!,
      shown: [...bar.querySelectorAll('.density__label-full, .density__label-short')].map((label) => label.textContent!),
      text: bar.textContent!,
    }));
  }

  // WCAG 2.5.3 (Lighthouse's label-content-name-mismatch): a speech-input user says what they see.
  it.each<[Locale, string]>([
    ['en', '1985: 12 records'],
    ['zh-Hans', '1985年：12 条记录'],
  ])('names each year bar with a sentence that contains the label it shows, the count outside the button (%s)', async (locale, example) => {
    await loadCatalogue(locale);
    render(
      <LocaleProvider locale={locale}>
        <DensityStrip buckets={years} scale={{ kind: 'years' }} from={null} to={null} unplaced={0} onSelect={() => {}} />
      </LocaleProvider>,
    );
    expect(screen.getByRole('button', { name: example })).toBeInTheDocument();
    for (const { name, shown } of namesAndShownText()) {
      expect(name.startsWith(shown[0]!), name).toBe(true);
      // The phone label ’85 without its apostrophe, as a checker compares them.
      expect(name).toContain(shown[1]!.replace('’', ''));
    }
    expect(screen.getAllByText('12').every((count) => count.closest('button') === null)).toBe(true);
  });

  it.each<[Locale, string, string]>([
    ['en', 'Dec', 'December 2025: 4 records'],
    ['zh-Hans', '12月', '2025年12月：4 条记录'],
  ])('names each month bar with a sentence that contains the month it shows (%s)', async (locale, label, name) => {
    await loadCatalogue(locale);
    const months = Array.from({ length: 12 }, (_, i) => ({ key: `2025-${String(i + 1).padStart(2, '0')}`, label: '', count: i === 11 ? 4 : 0 }));
    render(
      <LocaleProvider locale={locale}>
        <DensityStrip buckets={months} scale={{ kind: 'months', year: '2025' }} from={null} to={null} unplaced={0} onSelect={() => {}} />
      </LocaleProvider>,
    );
    const bar = screen.getByRole('button', { name });
    expect(bar).toHaveTextContent(new RegExp(`^${label}$`));
    for (const { name: barName, text } of namesAndShownText()) expect(barName).toContain(text);
  });

  it('renders nothing without buckets', () => {
    const { container } = render(<DensityStrip buckets={[]} scale={{ kind: 'years' }} from={null} to={null} unplaced={3} onSelect={() => {}} />);
    expect(container).toBeEmptyDOMElement();
  });
});
