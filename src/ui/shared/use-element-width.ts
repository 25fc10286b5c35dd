import { useLayoutEffect, useState, type RefObject } from 'react';

/** Widths this close count as the same, so that a scrollbar coming and going does not redraw a chart. */
const STEP_PX = 8;

/** The element's content width, followed as the window or the layout changes; null before it is laid out. */
export function useElementWidth(element: RefObject<HTMLElement | null>): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const target = element.current;
    if (!target) return;
    const measure = () => {
      const measured = Math.floor(target.clientWidth / STEP_PX) * STEP_PX;
      setWidth(measured > 0 ? measured : null);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return width;
}
