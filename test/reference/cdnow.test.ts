/**
 * The published CDNOW figures (Fader, Hardie & Lee 2005; Fader & Hardie 2013), reproduced from the data
 * in ../shared/data/cdnow (read in place, never copied into the repository).
 */
import { describe, expect, it } from 'vitest';
import { expectedPurchases, fitBgNbd } from '../../src/model/predict/models/bgnbd';
import { fitGammaGamma } from '../../src/model/predict/models/gamma-gamma';
import { summariseRepeatPurchases } from '../../src/model/predict/repeat-summary';
import type { Transaction } from '../../src/model/predict/repeat-summary';
import { CALIBRATION_END_DAY, dayNumber, expectPublishedBgNbd, expectPublishedGammaGamma, readCdnowFile, readTransactions } from './cdnow-reference';

/** Rows of a CSV of numbers, keyed by its header. */
function readCsv(name: string): Record<string, number>[] {
  const [header, ...lines] = readCdnowFile(name).trim().split(/\r?\n/);
  const columns = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [columns[i], Number(cell)])));
}

/** The log as the model code takes it, keyed by the sample id the summaries use. */
function readModelTransactions(): Transaction[] {
  return readTransactions().map(({ sampleId, date, dollars }) => ({ customerId: sampleId, day: dayNumber(date), value: Number(dollars) }));
}

/** Every customer's published (x, t_x, T, z̄), keyed by ID. */
const PUBLISHED_SUMMARIES = readCsv('cdnow_customers_summary_with_transactions.csv');

describe('CDNOW from the published summaries', () => {
  const summary = readCsv('cdnow_customers_summary.csv');
  const fit = fitBgNbd({
    x: summary.map((row) => row.frequency), tx: summary.map((row) => row.recency), T: summary.map((row) => row.T),
  });

  it('lands on the published BG/NBD fit', () => {
    expect(summary).toHaveLength(2357);
    expectPublishedBgNbd(fit);
  });

  it('reproduces Hardie’s spreadsheet predictions with the fitted parameters', () => {
    expect(expectedPurchases(fit, { x: 2, tx: 30.43, T: 38.86 }, 39)).toBeCloseTo(1.226, 3);
    // E[X(t)] of a new customer is the conditional expectation with x = t_x = T = 0.
    const times = [0.1429, 1, 3, 31.8571, 32, 78];
    const published = [0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576];
    times.forEach((t, i) => expect(expectedPurchases(fit, { x: 0, tx: 0, T: 0 }, t)).toBeCloseTo(published[i], 3));
  });

  it('lands on the published Gamma-Gamma fit, within the rounding of z̄ to cents', () => {
    // With z̄ rounded to cents in this file, γ comes out at 15.448; the exact z̄ (below) gives 15.44.
    const rows = PUBLISHED_SUMMARIES;
    expectPublishedGammaGamma(fitGammaGamma({ x: rows.map((row) => row.x), zbar: rows.map((row) => row.zbar) }), 0.01);
  });
});

describe('CDNOW from the transaction log', () => {
  const summary = summariseRepeatPurchases(readModelTransactions(), { calibrationEnd: CALIBRATION_END_DAY, unit: 'weeks' });
  const published = new Map(PUBLISHED_SUMMARIES.map((row) => [String(row.ID), row]));

  it('derives every customer’s published (x, t_x, T, z̄), rounded as lifetimes rounds days/7', () => {
    expect(summary.customerIds).toHaveLength(2357);
    const round = (value: number): number => Math.round(value * 100) / 100;
    summary.customerIds.forEach((id, i) => {
      const row = published.get(id);
      expect(row, `customer ${id}`).toBeDefined();
      expect([summary.x[i], round(summary.tx[i]), round(summary.T[i])]).toEqual([row?.x, row?.t_x, row?.T]);
      expect(Math.abs(summary.zbar[i] - (row?.zbar ?? Number.NaN))).toBeLessThanOrEqual(0.005 + 1e-9);
    });
  });

  it('lands on the published BG/NBD and Gamma-Gamma fits', () => {
    expectPublishedBgNbd(fitBgNbd(summary));
    // Exact z̄: equal to the published figures when rounded to 2 decimals.
    expectPublishedGammaGamma(fitGammaGamma(summary), 0.005);
  });
});
