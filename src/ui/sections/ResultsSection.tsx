import type { ReactNode } from 'react';
import { SECTIONS, sectionElementId, type SectionId } from './sections';

/** One part of the results under its heading: the target of its link in the section menu. */
export function ResultsSection({ id, children }: { id: SectionId; children: ReactNode }) {
  const elementId = sectionElementId(id);
  const label = SECTIONS.find((section) => section.id === id)!.label;
  return (
    <section id={elementId} className="results-section" data-section={id} aria-labelledby={`${elementId}-title`} tabIndex={-1}>
      <h2 id={`${elementId}-title`} className="section-title">
        {label}
      </h2>
      {children}
    </section>
  );
}
