import { useCallback, useState } from 'react';
import { readStored, writeStored } from './campaign-storage';

/** A value kept in local storage: read once, written back on every change. */
export function useStored<T>(key: string, read: (stored: unknown) => T): [T, (next: T) => void] {
  const [value, setValue] = useState<T>(() => readStored(key, read));
  const set = useCallback(
    (next: T) => {
      setValue(next);
      writeStored(key, next);
    },
    [key],
  );
  return [value, set];
}
