/** The parts of the results, in reading order: what the section menu lists and the address remembers. */
export const SECTIONS = [
  { id: 'overview', label: 'Overview' },
  { id: 'segments', label: 'Segments' },
  { id: 'customers', label: 'Customers' },
  { id: 'predictions', label: 'Predictions' },
  { id: 'campaigns', label: 'Campaigns' },
  { id: 'data', label: 'Data' },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

/** The address's query key. The fragment is not used: it carries the shared tier rules (`#tier-rules=…`). */
export const SECTION_PARAM = 'section';

export function isSectionId(value: string | null): value is SectionId {
  return SECTIONS.some((section) => section.id === value);
}

/** The element id of a section, also its link's target (`#section-segments`). */
export function sectionElementId(id: SectionId): string {
  return `section-${id}`;
}

/** The section an address names (`?section=predictions`), else the overview. */
export function sectionInAddress(address: string): SectionId {
  const named = new URL(address).searchParams.get(SECTION_PARAM);
  return isSectionId(named) ? named : 'overview';
}

/** The same address naming another section; the overview, where every analysis starts, is not named. */
export function addressWithSection(address: string, id: SectionId): string {
  const url = new URL(address);
  if (id === 'overview') url.searchParams.delete(SECTION_PARAM);
  else url.searchParams.set(SECTION_PARAM, id);
  return url.href;
}
