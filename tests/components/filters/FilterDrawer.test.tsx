import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FilterDrawer } from '../../../src/components/filters/FilterDrawer.tsx';

// jsdom has <dialog> but not its methods; these stand in for the browser's.
beforeEach(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});

afterEach(() => {
  // @ts-expect-error removing the stand-ins again
  delete HTMLDialogElement.prototype.showModal;
  // @ts-expect-error removing the stand-ins again
  delete HTMLDialogElement.prototype.close;
});

function setup(open: boolean) {
  const onClose = vi.fn();
  const trigger = createRef<HTMLButtonElement>();
  const view = render(
    <>
      <button ref={trigger}>Filters</button>
      <FilterDrawer open={open} onClose={onClose} returnFocusTo={trigger} doneLabel="Show 3 records">
        <label>
          Search <input type="search" />
        </label>
      </FilterDrawer>
    </>,
  );
  return { ...view, onClose, trigger, user: userEvent.setup() };
}

describe('FilterDrawer', () => {
  it('is a closed dialog until opened, then a dialog named "Filters"', () => {
    const { rerender, onClose, trigger } = setup(false);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    rerender(
      <>
        <button ref={trigger}>Filters</button>
        <FilterDrawer open onClose={onClose} returnFocusTo={trigger} doneLabel="Show 3 records">
          <span>panel</span>
        </FilterDrawer>
      </>,
    );
    expect(screen.getByRole('dialog', { name: 'Filters' })).toBeInTheDocument();
  });

  it('closes from the done button, reports it and gives focus back to the trigger', async () => {
    const { onClose, trigger, user } = setup(true);
    await user.click(screen.getByRole('button', { name: 'Show 3 records' }));
    expect(onClose).toHaveBeenCalledOnce();
    expect(trigger.current).toHaveFocus();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('closes from the Close button', async () => {
    const { onClose, user } = setup(true);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});
