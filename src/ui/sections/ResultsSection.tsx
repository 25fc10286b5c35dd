import { useContext, type ReactNode } from 'react';
import { SectionsContext } from './sections-context';
import { SECTIONS, sectionElementId, sectionTitleId, type SectionId } from './sections';
import { DrawnAfterTiers } from './DrawnAfterTiers';

/**
 * One part of the results under its heading: the target of its link in the section menu. A section
 * below the tiers draws its content in the render after theirs (`drawn="after-tiers"`).
 */
export function ResultsSection({ id, drawn = 'at-once', children }: { id: SectionId; drawn?: 'at-once' | 'after-tiers'; children: ReactNode }) {
  const { current, oneAtATime } = useContext(SectionsContext);
  const elementId = sectionElementId(id);
  const label = SECTIONS.find((section) => section.id === id)!.label;
  return (
    <section
      id={elementId}
      className="results-section"
      data-section={id}
      aria-labelledby={sectionTitleId(id)}
      tabIndex={-1}
      hidden={oneAtATime && id !== current}
    >
      <h2 id={sectionTitleId(id)} className="section-title" tabIndex={-1}>
        {label}
      </h2>
      {drawn === 'at-once' ? children : <DrawnAfterTiers>{children}</DrawnAfterTiers>}
    </section>
  );
}
