import { useLayoutEffect, useState, type RefObject } from 'react';

/** Widths this close count as the same, so that a scrollbar coming and going does not redraw a chart. */
const STEP_PX = 8;

/** The element's content width, followed as the window or the layout changes; null until it is first shown. */
export function useElementWidth(element: RefObject<HTMLElement | null>): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const target = element.current;
    if (!target) return;
    const measure = () => {
      const measured = Math.floor(target.clientWidth / STEP_PX) * STEP_PX;
      // Hidden (a section not shown on a phone), it measures 0: what it holds keeps the width it was
      // last shown at rather than being redrawn for nothing, and is redrawn if shown at another.
      if (measured > 0) setWidth(measured);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return width;
}
