import type { SortOrder } from '../../domain/query/index.ts';
import './SortToggle.css';
import { msg } from '../../domain/i18n/index.ts';
import { useT } from '../i18n/index.ts';

const orders: Array<{ value: SortOrder; label: string; full: string }> = [
  { value: 'newest', label: msg('Newest'), full: msg('Newest first') },
  { value: 'oldest', label: msg('Oldest'), full: msg('Oldest first') },
];

/** Newest or oldest first, as two pressed/unpressed buttons. */
export function SortToggle({ sort, onChange }: { sort: SortOrder; onChange: (sort: SortOrder) => void }) {
  const t = useT();
  return (
    <div className="sort-toggle" role="group" aria-label={t('Order')}>
      {orders.map((order) => (
        <button
          key={order.value}
          type="button"
          className="sort-toggle__option"
          aria-pressed={sort === order.value}
          aria-label={t(order.full)}
          onClick={() => sort !== order.value && onChange(order.value)}
        >
          {/* Phones show just "Newest"/"Oldest"; the label keeps the full name. */}
          <span className="sort-toggle__short">{t(order.label)}</span>
          <span className="sort-toggle__full">{t(order.full)}</span>
        </button>
      ))}
    </div>
  );
}
