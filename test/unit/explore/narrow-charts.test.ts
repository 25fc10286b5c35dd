import { describe, expect, it } from 'vitest';
import { fitToWidth } from '../../../src/charts/fit-width';
import { cohortOptions } from '../../../src/charts/explore/cohorts';
import { concentrationOptions } from '../../../src/charts/explore/concentration';
import { rfGridOptions } from '../../../src/charts/explore/rf-grid';

const MONTHS = Array.from({ length: 24 }, (_, index) => index);

describe('a chart fitted to the room it has', () => {
  it('keeps its designed width where there is more room, or before the room is known', () => {
    const options = { width: 560, height: 300, marks: [] };
    expect(fitToWidth(options, 1_100)).toBe(options);
    expect(fitToWidth(options, 560)).toBe(options);
    expect(fitToWidth(options, null)).toBe(options);
  });

  it('is drawn narrower on a phone, at the same height, to whole pixels', () => {
    const fitted = fitToWidth({ width: 560, height: 300, marks: [] }, 331.6);
    expect(fitted.width).toBe(331);
    expect(fitted.height).toBe(300);
  });

  it("narrows to Plot's own width when the chart names none", () => {
    expect(fitToWidth({ marks: [] }, 700).width).toBeUndefined();
    expect(fitToWidth({ marks: [] }, 600).width).toBe(600);
  });

  it('labels every n-th value of a crowded band axis, from the first, and leaves a roomy one alone', () => {
    const options = { width: 760, marginLeft: 64, x: { domain: MONTHS, label: 'Months →' }, marks: [] };
    const ticks = fitToWidth(options, 340).x!.ticks as number[];
    // 340 px less the margins leave 256 px: at 22 px a label, 24 months need every 3rd.
    expect(ticks).toEqual([0, 3, 6, 9, 12, 15, 18, 21]);
    expect(fitToWidth({ ...options, x: { ...options.x, domain: MONTHS.slice(0, 12) } }, 700).x!.ticks).toBeUndefined();
    expect(fitToWidth({ ...options, x: { ...options.x, ticks: [0, 12] } }, 340).x!.ticks).toEqual([0, 12]);
  });

  it("thins the cohort chart's months on a phone but not a continuous axis", () => {
    const rows = MONTHS.map((month) => ({ cohort: '2024-01', monthsSince: month, customers: month === 0 ? 40 : 10, dataEnd: '2025-12-31' }));
    expect(fitToWidth(cohortOptions(rows), 320).x!.ticks).toEqual([0, 3, 6, 9, 12, 15, 18, 21]);
    const concentration = fitToWidth(concentrationOptions([]), 320);
    expect(concentration.width).toBe(320);
    expect(concentration.x!.ticks).toBeUndefined();
  });

  it('draws the cohort figures only where a cell has room for them, and wraps the partial-month note on a phone', () => {
    const rows = MONTHS.slice(0, 13).map((month) => ({ cohort: '2024-01', monthsSince: month, customers: month === 0 ? 40 : 10, dataEnd: '2025-01-15' }));
    const wide = cohortOptions(rows, 760);
    const phone = cohortOptions(rows, 336);
    // 13 months in 760 px leave 52 px a cell; in 336 px, 19 px: colour and tooltips only.
    expect(wide.marks![2]).not.toBeNull();
    expect(phone.marks![2]).toBeNull();
    const noteWidth = (options: typeof wide) => (options.marks![3] as unknown as { lineWidth: number }).lineWidth;
    expect(noteWidth(phone)).toBeLessThan(noteWidth(wide));
    // Drawn at the phone's width already, its 13 months still get every other label.
    expect(fitToWidth(phone, 336).x!.ticks).toEqual([0, 2, 4, 6, 8, 10, 12]);
    expect(fitToWidth(wide, 760).x!.ticks).toBeUndefined();
    expect(phone.height! - phone.marginBottom!).toBe(wide.height! - wide.marginBottom!);
  });

  it("gives an R×F cell's average spend only where the cell has room for it", () => {
    const cells = [{ rScore: 1, fScore: 1, customers: 70, averageMonetary: 13_462.31 }];
    const label = (options: ReturnType<typeof rfGridOptions>) => {
      const text = options.marks![1] as unknown as { channels: { text: { value: (tile: unknown) => string } }; data: unknown[] };
      return text.data.map(text.channels.text.value).find((value) => value !== '–');
    };
    expect(label(rfGridOptions(cells, 560))).toBe('70\n⌀ 13,462.31');
    expect(label(rfGridOptions(cells, 312))).toBe('70');
  });
});
