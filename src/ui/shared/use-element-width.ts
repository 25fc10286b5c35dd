import { useLayoutEffect, useState, type RefObject } from 'react';

/** Widths this close count as the same, so that a scrollbar coming and going does not redraw a chart. */
const STEP_PX = 8;

/**
 * The element's content width, followed as the window or the layout changes; null until it is first
 * shown. With `most`, the width up to that, and `most` until first shown: what is drawn no wider
 * starts at the width a wide screen shows it at, where measuring it then changes nothing and needs no
 * second render (React makes a layout effect's update before the first frame, and runs the other
 * effects before that frame too).
 */
export function useElementWidth(element: RefObject<HTMLElement | null>, most?: number): number | null {
  const [width, setWidth] = useState<number | null>(most ?? null);
  useLayoutEffect(() => {
    const target = element.current;
    if (!target) return;
    const measure = () => {
      const measured = Math.floor(target.clientWidth / STEP_PX) * STEP_PX;
      // Hidden (a section not shown on a phone), it measures 0: what it holds keeps the width it was
      // last shown at rather than being redrawn for nothing, and is redrawn if shown at another.
      if (measured > 0) setWidth(Math.min(most ?? measured, measured));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(target);
    return () => observer.disconnect();
  }, [element, most]);
  return width;
}
