/// <reference types="vite-plugin-pwa/react" />
import { useRegisterSW } from 'virtual:pwa-register/react';

/** A tab left open for days still hears of a new version; the browser itself checks only on navigation. */
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

export interface UpdateCheck {
  /** A new version of the app has been downloaded and waits for the user. */
  updateReady: boolean;
  /** Lets the new version take over; the page then reloads. */
  reload(): void;
  dismiss(): void;
}

/**
 * Registers the service worker that keeps the app available offline (in the built site only; on
 * the dev server this does nothing) and reports when a new deployment is ready.
 */
export function useUpdateCheck(): UpdateCheck {
  const {
    needRefresh: [updateReady, setUpdateReady],
    updateServiceWorker,
  } = useRegisterSW({
    immediate: false,
    onRegisteredSW: (_url, registration) => {
      if (registration) setInterval(() => checkForUpdate(registration), UPDATE_CHECK_INTERVAL_MS);
    },
  });
  return {
    updateReady,
    reload: () => void updateServiceWorker(true),
    dismiss: () => setUpdateReady(false),
  };
}

function checkForUpdate(registration: ServiceWorkerRegistration): void {
  // Offline, or the host is down: the app keeps working from its cache; try again next time.
  if (navigator.onLine) registration.update().catch(() => undefined);
}
