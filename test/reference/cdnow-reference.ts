/**
 * The CDNOW 1/10 sample and its published fits (Fader, Hardie & Lee 2005; Fader & Hardie 2013): the
 * files are read from ../shared/data/cdnow in place, never copied into the repository.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { BgNbdFit } from '../../src/model/predict/models/bgnbd';
import type { GammaGammaFit } from '../../src/model/predict/models/gamma-gamma';

export const PUBLISHED_BG_NBD = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426, logLikelihood: -9582.4 };
export const PUBLISHED_GAMMA_GAMMA = { p: 6.25, q: 3.74, gamma: 15.44 };
export const CALIBRATION_END = '1997-09-30';

export const readCdnowFile = (name: string): string => readFileSync(new URL(`../../../shared/data/cdnow/${name}`, import.meta.url), 'utf8');

export interface CdnowTransaction {
  masterId: string;
  /** The id the published summaries use. */
  sampleId: string;
  /** YYYYMMDD */
  date: string;
  dollars: string;
}

/** `master_id sample_id date(YYYYMMDD) number_of_cds dollar_value`, whitespace-separated, no header. */
export function readTransactions(): CdnowTransaction[] {
  return readCdnowFile('CDNOW_sample.txt').trim().split(/\r?\n/).map((line) => {
    const [masterId, sampleId, date, , dollars] = line.trim().split(/\s+/);
    return { masterId, sampleId: String(Number(sampleId)), date, dollars };
  });
}

/** One invoice per transaction, customer = master id, quantity 1, unit price = the dollar value. */
export function asOnlineRetailCsv(transactions: readonly CdnowTransaction[]): string {
  const lines = transactions.map(({ masterId, date, dollars }, i) => {
    const invoiceDate = `${Number(date.slice(4, 6))}/${Number(date.slice(6, 8))}/${date.slice(0, 4)} 12:00`;
    return `${100_000 + i},CD,COMPACT DISCS,1,${invoiceDate},${dollars},${masterId},United States`;
  });
  return ['InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country', ...lines].join('\n') + '\n';
}

export function dayNumber(yyyymmdd: string): number {
  return Date.UTC(Number(yyyymmdd.slice(0, 4)), Number(yyyymmdd.slice(4, 6)) - 1, Number(yyyymmdd.slice(6, 8))) / 86_400_000;
}

/** The figures a fit reports, whether from the model code or read off the page. */
type ReportedBgNbd = Pick<BgNbdFit, 'converged' | 'customers' | 'r' | 'alpha' | 'a' | 'b' | 'logLikelihood'>;
type ReportedGammaGamma = Pick<GammaGammaFit, 'converged' | 'customers' | 'p' | 'q' | 'gamma'>;

export function expectPublishedBgNbd(fit: ReportedBgNbd): void {
  expect(fit.converged).toBe(true);
  expect(fit.customers).toBe(2357);
  // toBeCloseTo(v, 3): |Δ| < 0.0005, i.e. equal when rounded to the published 3 decimals.
  expect(fit.r).toBeCloseTo(PUBLISHED_BG_NBD.r, 3);
  expect(fit.alpha).toBeCloseTo(PUBLISHED_BG_NBD.alpha, 3);
  expect(fit.a).toBeCloseTo(PUBLISHED_BG_NBD.a, 3);
  expect(fit.b).toBeCloseTo(PUBLISHED_BG_NBD.b, 3);
  expect(Math.abs(fit.logLikelihood - PUBLISHED_BG_NBD.logLikelihood)).toBeLessThan(0.1);
}

export function expectPublishedGammaGamma(fit: ReportedGammaGamma, tolerance: number): void {
  expect(fit.converged).toBe(true);
  expect(fit.customers).toBe(946);
  expect(Math.abs(fit.p - PUBLISHED_GAMMA_GAMMA.p)).toBeLessThan(tolerance);
  expect(Math.abs(fit.q - PUBLISHED_GAMMA_GAMMA.q)).toBeLessThan(tolerance);
  expect(Math.abs(fit.gamma - PUBLISHED_GAMMA_GAMMA.gamma)).toBeLessThan(tolerance);
}

/** The calibration end as days since 1970-01-01, as the model code counts time. */
export const CALIBRATION_END_DAY = dayNumber('19970930');
