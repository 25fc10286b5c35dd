import { useEffect } from 'react';
import { SECTIONS, sectionElementId, type SectionId } from './sections';

/** A quarter of the way down the screen: the section whose top has passed it is the one being read. */
const READING_LINE = 0.25;

/**
 * Reports the section being read: the last one whose top has passed the reading line, a quarter of
 * the way down the screen (the overview above all of them). Measured on scroll, once a frame; not
 * at all while `enabled` is false (one section at a time: the one shown is the one being read).
 */
export function useScrollSpy(onRead: (id: SectionId) => void, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
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
  }, [onRead, enabled]);
}
