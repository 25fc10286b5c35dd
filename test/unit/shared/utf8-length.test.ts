import { describe, expect, it } from 'vitest';
import { utf8Length } from '../../../src/model/shared/utf8-length';

describe('utf8Length', () => {
  it("counts as TextEncoder does, for every width and a lone surrogate", () => {
    for (const text of ['', 'abc', 'café', '€ 12,50', '日本語', '👋🏽 hi', 'a\uD800b', 'x'.repeat(300) + 'é']) {
      expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
    }
  });
});
