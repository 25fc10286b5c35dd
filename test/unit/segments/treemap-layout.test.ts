import { describe, expect, it } from 'vitest';
import { treemapTiles } from '../../../src/charts/segments/treemap-layout';

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

  it('gives an item with no value no rectangle, and fills the area with the others', () => {
    const tiles = treemapTiles([{ id: 'a', value: 0 }, { id: 'b', value: 5 }, { id: 'c', value: 5 }, { id: 'd', value: -1 }], 200, 100, 0);
    expect(rounded(tiles)).toEqual([
      { id: 'b', x: 0, y: 0, width: 100, height: 100 },
      { id: 'c', x: 100, y: 0, width: 100, height: 100 },
    ]);
  });

  it('gives no rectangles at all when no item has a value', () => {
    expect(treemapTiles([{ id: 'a', value: 0 }, { id: 'b', value: 0 }], 200, 100)).toEqual([]);
    expect(treemapTiles([], 200, 100)).toEqual([]);
  });

  it('leaves out an item the padding would shrink to nothing, and keeps every rectangle inside the drawing', () => {
    const tiles = treemapTiles([{ id: 'big', value: 1_000_000 }, { id: 'tiny', value: 1 }, { id: 'half', value: 500_000 }], 800, 320);
    expect(tiles.map((tile) => tile.id)).toEqual(['big', 'half']);
    for (const tile of tiles) {
      expect(tile.width * tile.height).toBeGreaterThan(0);
      expect(tile.x + tile.width).toBeLessThanOrEqual(800);
      expect(tile.y + tile.height).toBeLessThanOrEqual(320);
    }
  });
});
