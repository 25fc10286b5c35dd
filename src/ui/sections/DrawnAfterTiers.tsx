import { useDeferredValue, type ReactNode } from 'react';

/**
 * What the results show after the tiers (the reports and their lists, the panels after the treemap,
 * the sections further down), drawn in a second render: React commits the overview and the tiers
 * (summary, rules, treemap) first, the browser can paint them, and the rest follows at a lower
 * priority a moment later. Drawing it all in one render held the first paint back by half (see
 * README, Speed). Only what comes after the tiers on the page goes in here, so that nothing already
 * drawn moves when it arrives.
 */
export function DrawnAfterTiers({ children }: { children: ReactNode }) {
  const shown = useDeferredValue(true, false);
  return shown ? children : null;
}
