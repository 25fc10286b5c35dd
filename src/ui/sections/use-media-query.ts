import { useSyncExternalStore } from 'react';

interface FollowedQuery {
  list: MediaQueryList;
  matches: boolean;
  listeners: Set<() => void>;
}

/**
 * One MediaQueryList per query, its answer kept from its last change. Asking the browser on every
 * render (`matchMedia(query).matches`) made it bring the page's style up to date there and then,
 * about 5 ms in the render that first draws the results, where the DOM had just changed.
 */
const followed = new Map<string, FollowedQuery>();

function follow(query: string): FollowedQuery {
  let entry = followed.get(query);
  if (!entry) {
    const list = window.matchMedia(query);
    const created: FollowedQuery = { list, matches: list.matches, listeners: new Set() };
    list.addEventListener('change', (event) => {
      created.matches = event.matches;
      for (const listener of created.listeners) listener();
    });
    followed.set(query, created);
    entry = created;
  }
  return entry;
}

/** Whether the window matches a CSS media query, followed as it is resized or turned. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const { listeners } = follow(query);
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    () => follow(query).matches,
  );
}
