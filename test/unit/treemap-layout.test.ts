import { describe, expect, it } from 'vitest';
import { treemapTiles } from '../../src/charts/treemap-layout';

const rounded = (tiles: ReturnType<typeof treemapTiles>) =>
  tiles.map(({ id, x, y, width, height }) => ({ id, x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) }));

describe('treemap layout', () => {
  it('gives each item an area proportional to its value', () => {
    const tiles = treemapTiles([{ id: 'a', value: 3 }, { id: 'b', value: 1 }], 400, 100, 0);
    expect(rounded(tiles)).toEqual([
      { id: 'a', x: 0, y: 0, width: 300, height: 100 },
      { id: 'b', x: 300, y: 0, width: 100, height: 100 },
    ]);
  });

  it('keeps a zero-size tile for an empty item and fills the area', () => {
    const tiles = treemapTiles([{ id: 'a', value: 0 }, { id: 'b', value: 5 }, { id: 'c', value: 5 }], 200, 100, 0);
    expect(tiles.map((tile) => tile.id).sort()).toEqual(['a', 'b', 'c']);
    const empty = tiles.find((tile) => tile.id === 'a')!;
    expect(empty.width * empty.height).toBe(0);
    const area = tiles.reduce((sum, tile) => sum + tile.width * tile.height, 0);
    expect(area).toBeCloseTo(200 * 100, 6);
  });
});
