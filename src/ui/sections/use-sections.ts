import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { keepInView } from './keep-in-view';
import { addressWithSection, ONE_SECTION_QUERY, sectionInAddress, sectionTitleId, type SectionId } from './sections';
import { useMediaQuery } from './use-media-query';
import { useScrollSpy } from './use-scroll-spy';

export interface SectionsState {
  /** The section being read: the one under the menu, or the one last chosen from it. */
  current: SectionId;
  /** A narrow screen shows only the current section, as tabs; a wide one all of them, one below the other. */
  oneAtATime: boolean;
  go(id: SectionId): void;
}

/** A move to a section, made once the page shows it (one at a time, it is hidden until then). */
interface Jump {
  id: SectionId;
  /** Chosen by the user, the keyboard goes there too; restored from the address, it stays put. */
  focus: boolean;
}

/**
 * Where the user is in the results: followed while they scroll (or chosen, one section at a time),
 * kept in the address (`?section=`) so that a reload or a link comes back to it, and restored when
 * the results first appear.
 */
export function useSections(): SectionsState {
  const [current, setCurrent] = useState<SectionId>(() => sectionInAddress(location.href));
  const oneAtATime = useMediaQuery(ONE_SECTION_QUERY);
  // While a section just jumped to is followed, the sections passing the reading line do not count.
  const following = useRef(false);
  const stopFollowing = useRef<() => void>(() => {});
  useScrollSpy(
    useCallback((id: SectionId) => !following.current && setCurrent(id), []),
    !oneAtATime,
  );
  useEffect(() => {
    const address = addressWithSection(location.href, current);
    if (address !== location.href) history.replaceState(history.state, '', address);
  }, [current]);
  const [jump, setJump] = useState<Jump | null>(() => (current === 'overview' ? null : { id: current, focus: false }));
  // After the render that shows the section: scrolling to, or focusing, a hidden one does nothing.
  useLayoutEffect(() => {
    if (!jump) return;
    stopFollowing.current();
    following.current = true;
    stopFollowing.current = keepInView(jump.id, () => (following.current = false));
    // Tab goes on from the section's heading, which a screen reader reads out on arrival.
    if (jump.focus) document.getElementById(sectionTitleId(jump.id))?.focus({ preventScroll: true });
  }, [jump]);
  useEffect(() => () => stopFollowing.current(), []);
  const go = useCallback((id: SectionId) => {
    setCurrent(id);
    setJump({ id, focus: true });
  }, []);
  return { current, oneAtATime, go };
}
