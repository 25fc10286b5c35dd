import type { ReactNode } from 'react';

interface Props {
  /** Names the region for screen readers, e.g. the table's caption. */
  label: string;
  /** Scrolls sideways only, when narrower than the table (a phone): the table keeps its full height. */
  sideways?: boolean;
  children: ReactNode;
}

/**
 * A table that scrolls within its card. The region takes keyboard focus, so someone without a mouse
 * can scroll it with the arrow keys, and it is named, so a screen reader says what it holds.
 */
export function TableScroll({ label, sideways = false, children }: Props) {
  return (
    <div className={sideways ? 'table-wide' : 'table-scroll'} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
