import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, isTierId, TIER_IDS, tierInfo } from '../../../src/model/segments/tiers';

describe('retention tiers', () => {
  it('defaults to the 80th percentile and a 90-day window', () => {
    expect(DEFAULT_THRESHOLDS).toEqual({ valuePercentile: 80, activeDays: 90 });
  });

  it('names every tier once and rejects unknown ids', () => {
    expect(TIER_IDS).toEqual(['champion', 'at_risk_whale', 'average', 'hibernating']);
    expect(tierInfo('at_risk_whale').label).toBe('At-Risk Whale');
    expect(isTierId('champion')).toBe(true);
    expect(isTierId('whale')).toBe(false);
    expect(() => tierInfo('whale' as never)).toThrow('invalid tier: whale');
  });
});
