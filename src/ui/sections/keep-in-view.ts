import { sectionElementId, type SectionId } from './sections';

/** How long a section just jumped to is kept at the top while the panels above it fill in. */
const FOLLOW_MS = 4_000;
/** What the user does to move on from where a jump left them. */
const USER_MOVES = ['wheel', 'touchstart', 'keydown', 'mousedown'] as const;

/**
 * Scrolls to a section and keeps it there while the panels above it grow (charts drawn, lists
 * filled: they arrive after the jump), until the user scrolls, clicks or types, or a few seconds pass.
 * Returns what stops it early.
 */
export function keepInView(id: SectionId, onStop: () => void): () => void {
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
