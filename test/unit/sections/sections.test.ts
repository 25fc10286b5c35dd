import { describe, expect, it } from 'vitest';
import { addressWithSection, SECTIONS, sectionElementId, sectionInAddress } from '../../../src/ui/sections/sections';

const PAGE = 'https://shop.example/retention/';

describe('the section in the page address', () => {
  it('starts at the overview when the address names none, or one that does not exist', () => {
    expect(sectionInAddress(PAGE)).toBe('overview');
    expect(sectionInAddress(`${PAGE}?section=basement`)).toBe('overview');
    expect(sectionInAddress(`${PAGE}?section=`)).toBe('overview');
  });

  it('reads back every section it writes', () => {
    for (const { id } of SECTIONS) expect(sectionInAddress(addressWithSection(PAGE, id))).toBe(id);
  });

  it('keeps the fragment with the shared tier rules, and other query values', () => {
    const address = `${PAGE}?utm=mail#tier-rules=seed-notebook`;
    const withPredictions = addressWithSection(address, 'predictions');
    expect(withPredictions).toBe(`${PAGE}?utm=mail&section=predictions#tier-rules=seed-notebook`);
    expect(addressWithSection(withPredictions, 'campaigns')).toBe(`${PAGE}?utm=mail&section=campaigns#tier-rules=seed-notebook`);
  });

  it('leaves the overview, where every analysis starts, out of the address', () => {
    expect(addressWithSection(`${PAGE}?section=data#tier-rules=x`, 'overview')).toBe(`${PAGE}#tier-rules=x`);
  });

  it('gives each section its own element id, the target of its link', () => {
    const ids = SECTIONS.map(({ id }) => sectionElementId(id));
    expect(new Set(ids).size).toBe(SECTIONS.length);
    expect(ids[0]).toBe('section-overview');
  });
});
