import { useCallback, useEffect, useRef, useState } from 'react';
import { addressWithSection, SECTIONS, sectionElementId, sectionInAddress, type SectionId } from './sections';

export interface SectionsState {
  /** The section being read: the one under the menu, or the one last chosen from it. */
  current: SectionId;
  go(id: SectionId): void;
}

/** How long a section just jumped to is kept at the top while the panels above it fill in. */
const FOLLOW_MS = 4_000;
/** What the user does to move on from where a jump left them. */
const USER_MOVES = ['wheel', 'touchstart', 'keydown', 'mousedown'] as const;
/** A quarter of the way down the screen: the section whose top has passed it is the one being read. */
const READING_LINE = 0.25;

/**
 * Where the user is in the results: followed while they scroll, kept in the address (`?section=`)
 * so that a reload or a link comes back to it, and restored when the results first appear.
 */
export function useSections(): SectionsState {
  const [current, setCurrent] = useState<SectionId>(() => sectionInAddress(location.href));
  // While a section just jumped to is followed, the sections passing the reading line do not count.
  const following = useRef(false);
  const stopFollowing = useRef<() => void>(() => {});
  useScrollSpy(useCallback((id: SectionId) => !following.current && setCurrent(id), []));
  useEffect(() => {
    const address = addressWithSection(location.href, current);
    if (address !== location.href) history.replaceState(history.state, '', address);
  }, [current]);
  const follow = useCallback((id: SectionId) => {
    stopFollowing.current();
    following.current = true;
    stopFollowing.current = keepInView(id, () => (following.current = false));
  }, []);
  useEffect(() => () => stopFollowing.current(), []);
  // The section the address names is shown when the results appear. Restoring only scrolls: the
  // keyboard stays where the user is, at the top of the page.
  const [restored] = useState(current);
  useEffect(() => {
    if (restored !== 'overview') follow(restored);
  }, [restored, follow]);
  // Chosen from the menu, the keyboard moves there too, so Tab goes on from the section's heading.
  const go = useCallback(
    (id: SectionId) => {
      setCurrent(id);
      follow(id);
      document.getElementById(sectionElementId(id))?.focus({ preventScroll: true });
    },
    [follow],
  );
  return { current, go };
}

/**
 * Scrolls to a section and keeps it there while the panels above it grow (charts drawn, lists
 * filled: they arrive after the jump), until the user scrolls, clicks or types, or a few seconds pass.
 */
function keepInView(id: SectionId, onStop: () => void): () => void {
  const section = document.getElementById(sectionElementId(id));
  if (!section?.parentElement) {
    onStop();
    return () => {};
  }
  section.scrollIntoView({ block: 'start' });
  const observer = new ResizeObserver(() => section.scrollIntoView({ block: 'start' }));
  observer.observe(section.parentElement);
  const stop = () => {
    onStop();
    observer.disconnect();
    window.clearTimeout(timer);
    for (const event of USER_MOVES) window.removeEventListener(event, stop);
  };
  const timer = window.setTimeout(stop, FOLLOW_MS);
  for (const event of USER_MOVES) window.addEventListener(event, stop, { passive: true });
  return stop;
}

/**
 * Reports the section being read: the last one whose top has passed the reading line, a quarter of
 * the way down the screen (the overview above all of them). Measured on scroll, once a frame.
 */
function useScrollSpy(onRead: (id: SectionId) => void): void {
  useEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      const line = window.innerHeight * READING_LINE;
      const passed = SECTIONS.filter(({ id }) => (document.getElementById(sectionElementId(id))?.getBoundingClientRect().top ?? Infinity) <= line);
      onRead(passed.at(-1)?.id ?? 'overview');
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [onRead]);
}
