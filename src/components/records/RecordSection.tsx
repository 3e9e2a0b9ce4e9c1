import type { ReactNode } from 'react';

/** A titled section of a record page; the heading labels the region for screen readers. */
export function RecordSection({ id, title, children, className }: { id: string; title: string; children: ReactNode; className?: string }) {
  return (
    <section className={`section${className ? ` ${className}` : ''}`} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}
