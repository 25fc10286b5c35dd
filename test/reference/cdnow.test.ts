/**
 * The published CDNOW figures (Fader, Hardie & Lee 2005; Fader & Hardie 2013), reproduced from the data
 * in ../shared/data/cdnow (read in place, never copied into the repository).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectedPurchases, fitBgNbd } from '../../src/model/bgnbd';
import type { BgNbdFit } from '../../src/model/bgnbd';
import { fitGammaGamma } from '../../src/model/gamma-gamma';
import type { GammaGammaFit } from '../../src/model/gamma-gamma';
import { summariseRepeatPurchases } from '../../src/model/repeat-summary';
import type { Transaction } from '../../src/model/repeat-summary';

const read = (name: string): string => readFileSync(new URL(`../../../shared/data/cdnow/${name}`, import.meta.url), 'utf8');

/** Rows of a CSV of numbers, keyed by its header. */
function readCsv(name: string): Record<string, number>[] {
  const [header, ...lines] = read(name).trim().split(/\r?\n/);
  const columns = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [columns[i], Number(cell)])));
}

const dayOf = (yyyymmdd: string): number =>
  Date.UTC(Number(yyyymmdd.slice(0, 4)), Number(yyyymmdd.slice(4, 6)) - 1, Number(yyyymmdd.slice(6, 8))) / 86_400_000;

/** `master_id sample_id date number_of_cds dollar_value`; the summaries' ID is the sample id. */
function readTransactions(): Transaction[] {
  return read('CDNOW_sample.txt').trim().split(/\r?\n/).map((line) => {
    const [, sampleId, date, , dollars] = line.trim().split(/\s+/);
    return { customerId: String(Number(sampleId)), day: dayOf(date), value: Number(dollars) };
  });
}

const PUBLISHED_BG_NBD = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426, logLikelihood: -9582.4 };
const PUBLISHED_GAMMA_GAMMA = { p: 6.25, q: 3.74, gamma: 15.44 };

function expectPublishedBgNbd(fit: BgNbdFit): void {
  expect(fit.converged).toBe(true);
  expect(fit.customers).toBe(2357);
  // toBeCloseTo(v, 3): |Δ| < 0.0005, i.e. equal when rounded to the published 3 decimals.
  expect(fit.r).toBeCloseTo(PUBLISHED_BG_NBD.r, 3);
  expect(fit.alpha).toBeCloseTo(PUBLISHED_BG_NBD.alpha, 3);
  expect(fit.a).toBeCloseTo(PUBLISHED_BG_NBD.a, 3);
  expect(fit.b).toBeCloseTo(PUBLISHED_BG_NBD.b, 3);
  expect(Math.abs(fit.logLikelihood - PUBLISHED_BG_NBD.logLikelihood)).toBeLessThan(0.1);
}

function expectPublishedGammaGamma(fit: GammaGammaFit, tolerance: number): void {
  expect(fit.converged).toBe(true);
  expect(fit.customers).toBe(946);
  expect(Math.abs(fit.p - PUBLISHED_GAMMA_GAMMA.p)).toBeLessThan(tolerance);
  expect(Math.abs(fit.q - PUBLISHED_GAMMA_GAMMA.q)).toBeLessThan(tolerance);
  expect(Math.abs(fit.gamma - PUBLISHED_GAMMA_GAMMA.gamma)).toBeLessThan(tolerance);
}

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
    const rows = readCsv('cdnow_customers_summary_with_transactions.csv');
    // With z̄ rounded to cents in this file, γ comes out at 15.448; the exact z̄ (below) gives 15.44.
    expectPublishedGammaGamma(fitGammaGamma({ x: rows.map((row) => row.x), zbar: rows.map((row) => row.zbar) }), 0.01);
  });
});

describe('CDNOW from the transaction log', () => {
  const summary = summariseRepeatPurchases(readTransactions(), { calibrationEnd: dayOf('19970930'), unit: 'weeks' });
  const published = new Map(readCsv('cdnow_customers_summary_with_transactions.csv').map((row) => [String(row.ID), row]));

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
