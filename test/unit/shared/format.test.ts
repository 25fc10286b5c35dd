import { describe, expect, it } from 'vitest';
import { formatCountOf, formatFileSize } from '../../../src/model/shared/format';

describe('formatCountOf', () => {
  it('says one in the singular and every other count in the plural', () => {
    expect(formatCountOf(1, 'customer')).toBe('1 customer');
    expect(formatCountOf(0, 'customer')).toBe('0 customers');
    expect(formatCountOf(2041, 'customer')).toBe('2,041 customers');
    expect(formatCountOf(2, 'repeat customer')).toBe('2 repeat customers');
  });
});

describe('formatFileSize', () => {
  it('shows small files in bytes or kilobytes, never as 0.0 MB', () => {
    expect(formatFileSize(1)).toBe('1 byte');
    expect(formatFileSize(512)).toBe('512 bytes');
    expect(formatFileSize(20_480)).toBe('20 KB');
    expect(formatFileSize(1_500)).toBe('1.5 KB');
    expect(formatFileSize(2_000)).toBe('2 KB');
    expect(formatFileSize(3_400_000)).toBe('3.4 MB');
    expect(formatFileSize(45_300_000)).toBe('45 MB');
    expect(formatFileSize(1_200_000_000)).toBe('1.2 GB');
  });
});
