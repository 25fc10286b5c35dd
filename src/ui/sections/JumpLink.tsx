import type { MouseEvent, ReactNode } from 'react';
import { sectionElementId, type SectionId } from './sections';

interface Props {
  /** Where the link leads: its `href`, for keyboards, screen readers and a new tab. */
  section: SectionId;
  onFollow(): void;
  testId?: string;
  children: ReactNode;
}

/** A link to a part of the results that does what the page does on the way (selects a tier, say). */
export function JumpLink({ section, onFollow, testId, children }: Props) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onFollow();
  };
  return (
    <a className="jump-link" href={`#${sectionElementId(section)}`} data-testid={testId} onClick={follow}>
      {children}
    </a>
  );
}
