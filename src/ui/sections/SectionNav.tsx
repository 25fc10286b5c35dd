import type { MouseEvent } from 'react';
import { SECTIONS, sectionElementId, type SectionId } from './sections';

interface Props {
  current: SectionId;
  onGo(id: SectionId): void;
}

/**
 * The menu of the results' sections, kept at the top while the page scrolls. Each entry is a real
 * link, so keyboards and screen readers know it; a plain click scrolls there without touching the
 * address's fragment, which holds the shared tier rules.
 */
export function SectionNav({ current, onGo }: Props) {
  const follow = (event: MouseEvent<HTMLAnchorElement>, id: SectionId) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onGo(id);
  };
  return (
    <nav className="section-nav" data-testid="section-nav" aria-label="Sections of the results">
      <ul>
        {SECTIONS.map(({ id, label }) => (
          <li key={id}>
            <a href={`#${sectionElementId(id)}`} data-section={id} aria-current={id === current ? 'true' : undefined} onClick={(event) => follow(event, id)}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
