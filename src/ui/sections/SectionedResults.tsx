import type { ReactNode } from 'react';
import { SectionNav } from './SectionNav';
import { SectionsContext } from './sections-context';
import type { SectionsState } from './use-sections';

/**
 * The results under their section menu. On a wide screen every section is shown, one below the
 * other; on a narrow one only the current, and the menu switches between them as tabs. The others
 * stay mounted, hidden, so that their work (predictions, clusters, lists) and state go on.
 */
export function SectionedResults({ sections, children }: { sections: SectionsState; children: ReactNode }) {
  return (
    <SectionsContext value={sections}>
      <div className="results" data-layout={sections.oneAtATime ? 'one-at-a-time' : 'all'}>
        <SectionNav current={sections.current} onGo={sections.go} />
        {children}
      </div>
    </SectionsContext>
  );
}
