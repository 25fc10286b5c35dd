import { useCallback, useEffect, useRef, useState } from 'react';
import { addressWithSection, SECTIONS, sectionElementId, sectionInAddress, type SectionId } from './sections';

export interface SectionsState {
  /** The section being read: the one under the menu, or the one last chosen from it. */
  current: SectionId;
  go(id: SectionId): void;
}

/** After a jump, the sections passing the reading line on the way do not count. */
const JUMP_SETTLE_MS = 500;
/** A quarter of the way down the screen: the section whose top has passed it is the one being read. */
const READING_LINE = 0.25;

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
  const jump = useCallback((id: SectionId, focus: boolean) => {
    jumpedAt.current = performance.now();
    setCurrent(id);
    showSectionElement(id, focus);
  }, []);
  const go = useCallback((id: SectionId) => jump(id, true), [jump]);
  // Restoring only scrolls: the keyboard stays where the user is, at the top of the page.
  useRestoredSection(current, useCallback((id: SectionId) => jump(id, false), [jump]));
  return { current, go };
}

/** Scrolls to a section and, when chosen, moves the keyboard there, so Tab goes on from its heading. */
function showSectionElement(id: SectionId, focus: boolean): void {
  const element = document.getElementById(sectionElementId(id));
  element?.scrollIntoView({ block: 'start' });
  if (focus) element?.focus({ preventScroll: true });
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

/**
 * The section the address names is shown when the results appear, and once more a moment later
 * (the panels above it grow as their data arrives), unless the user has moved on by then.
 */
function useRestoredSection(current: SectionId, go: (id: SectionId) => void): void {
  const restored = useRef(current);
  useEffect(() => {
    const id = restored.current;
    if (id === 'overview') return;
    go(id);
    const again = window.setTimeout(() => go(id), 800);
    const cancel = () => window.clearTimeout(again);
    const events = ['wheel', 'touchstart', 'keydown', 'mousedown'] as const;
    for (const event of events) window.addEventListener(event, cancel, { once: true, passive: true });
    return () => {
      cancel();
      for (const event of events) window.removeEventListener(event, cancel);
    };
  }, [go]);
}
