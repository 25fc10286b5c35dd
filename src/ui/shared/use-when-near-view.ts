import { useEffect, useRef } from 'react';

/**
 * Calls `onNear` once the element is within 300 px of the viewport: panels whose figures cost the
 * engine a query or more ask for them only when the user is about to see them. Returns the ref to
 * put on the element. A section hidden on a phone never comes near, so it asks when it is shown.
 */
export function useWhenNearView<T extends HTMLElement>(onNear: () => void) {
  const element = useRef<T>(null);
  useEffect(() => {
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && onNear(), { rootMargin: '300px' });
    if (element.current) observer.observe(element.current);
    return () => observer.disconnect();
  }, [onNear]);
  return element;
}
