import { useDeferredValue, type ReactNode } from 'react';

/**
 * What lies below the first screen of results (the reports' customer lists, the panels after the
 * treemap, the sections further down), drawn in a second render rather than with the tiers: React
 * commits the first render without it, the browser can paint the tiers and the treemap, and the rest
 * follows at a lower priority a moment later. Drawing it all at once held the first paint back by
 * half (see README, Speed). Only what comes after the first screen's content goes in here, so that
 * nothing on screen moves when it arrives.
 */
export function AfterFirstScreen({ children }: { children: ReactNode }) {
  const shown = useDeferredValue(true, false);
  return shown ? children : null;
}
