import { useCallback, useEffect, useRef, useState } from 'react';
import { addressWithSection, isSectionId, SECTIONS, sectionElementId, sectionInAddress, type SectionId } from './sections';

export interface SectionsState {
  /** The section being read: the one under the menu, or the one last chosen from it. */
  current: SectionId;
  go(id: SectionId): void;
}

/** After a jump, the sections passing the reading line on the way do not count. */
const JUMP_SETTLE_MS = 500;
/** A band a quarter of the way down the screen: the section crossing it is the one being read. */
const READING_LINE = '-25% 0px -70% 0px';

/**
 * Where the user is in the results: followed while they scroll, kept in the address (`?section=`)
 * so that a reload or a link comes back to it, and restored when the results first appear.
 */
export function useSections(): SectionsState {
  const [current, setCurrent] = useState<SectionId>(() => sectionInAddress(location.href));
  const jumpedAt = useRef(0);
  useScrollSpy(useCallback((id: SectionId) => performance.now() - jumpedAt.current > JUMP_SETTLE_MS && setCurrent(id), []));
  useEffect(() => {
    const address = addressWithSection(location.href, current);
    if (address !== location.href) history.replaceState(history.state, '', address);
  }, [current]);
  useRestoredSection(current);
  const go = useCallback((id: SectionId) => {
    jumpedAt.current = performance.now();
    setCurrent(id);
    showSectionElement(id);
  }, []);
  return { current, go };
}

/** Scrolls to a section and moves the keyboard there, so Tab goes on from its heading. */
function showSectionElement(id: SectionId): void {
  const element = document.getElementById(sectionElementId(id));
  element?.scrollIntoView({ block: 'start' });
  element?.focus({ preventScroll: true });
}

/** Reports the first section (in reading order) that crosses the reading line. */
function useScrollSpy(onRead: (id: SectionId) => void): void {
  useEffect(() => {
    const crossing = new Set<SectionId>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const id = (entry.target as HTMLElement).dataset.section ?? null;
          if (!isSectionId(id)) continue;
          if (entry.isIntersecting) crossing.add(id);
          else crossing.delete(id);
        }
        const first = SECTIONS.find((section) => crossing.has(section.id));
        if (first) onRead(first.id);
      },
      { rootMargin: READING_LINE },
    );
    for (const section of document.querySelectorAll('.results-section[data-section]')) observer.observe(section);
    return () => observer.disconnect();
  }, [onRead]);
}

/**
 * The section the address names is shown when the results appear, and once more a moment later
 * (the panels above it grow as their data arrives), unless the user has moved on by then.
 */
function useRestoredSection(current: SectionId): void {
  const restored = useRef(current);
  useEffect(() => {
    const id = restored.current;
    if (id === 'overview') return;
    showSectionElement(id);
    const again = window.setTimeout(() => showSectionElement(id), 800);
    const cancel = () => window.clearTimeout(again);
    const events = ['wheel', 'touchstart', 'keydown', 'mousedown'] as const;
    for (const event of events) window.addEventListener(event, cancel, { once: true, passive: true });
    return () => {
      cancel();
      for (const event of events) window.removeEventListener(event, cancel);
    };
  }, []);
}
