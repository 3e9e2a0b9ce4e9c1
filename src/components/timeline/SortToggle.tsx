import type { SortOrder } from '../../domain/query/index.ts';
import './SortToggle.css';

const orders: Array<{ value: SortOrder; label: string }> = [
  { value: 'newest', label: 'Newest' },
  { value: 'oldest', label: 'Oldest' },
];

/** Newest or oldest first, as two pressed/unpressed buttons. */
export function SortToggle({ sort, onChange }: { sort: SortOrder; onChange: (sort: SortOrder) => void }) {
  return (
    <div className="sort-toggle" role="group" aria-label="Order">
      {orders.map((order) => (
        <button
          key={order.value}
          type="button"
          className="sort-toggle__option"
          aria-pressed={sort === order.value}
          aria-label={`${order.label} first`}
          onClick={() => sort !== order.value && onChange(order.value)}
        >
          {order.label}
          {/* Phones show just "Newest"/"Oldest"; the label keeps the full name. */}
          <span className="sort-toggle__extra"> first</span>
        </button>
      ))}
    </div>
  );
}
