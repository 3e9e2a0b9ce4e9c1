import { useEffect, useRef } from 'react';

export interface UrlSearchInputProps {
  id: string;
  /** The query as the URL has it now. */
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
}

/**
 * A search box whose only state is the URL. It is uncontrolled so fast typing never waits
 * for a navigation; when the URL changes from outside (Back, a link, "Clear all"), the box
 * follows it. Echoes of what was just typed are recognised and do not reset the caret.
 */
export function UrlSearchInput({ id, value, onChange, placeholder }: UrlSearchInputProps) {
  const ref = useRef<HTMLInputElement>(null);
  const sent = useRef(new Set<string>());
  useEffect(() => {
    const input = ref.current;
    if (!input) return;
    // In step again: forget the echoes, so a later Back to one of them is followed.
    if (input.value === value) sent.current.clear();
    else if (!sent.current.has(value)) {
      sent.current.clear();
      input.value = value;
    }
  }, [value]);
  return (
    <input
      ref={ref}
      id={id}
      type="search"
      defaultValue={value}
      placeholder={placeholder}
      autoComplete="off"
      onChange={(e) => {
        sent.current.add(e.target.value);
        onChange(e.target.value);
      }}
    />
  );
}
