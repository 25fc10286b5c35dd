import { createContext } from 'react';
import type { SectionsState } from './use-sections';

/** The sections' state, for each section to know whether it is shown. Without one, every section is. */
export const SectionsContext = createContext<SectionsState>({ current: 'overview', oneAtATime: false, go: () => {} });
