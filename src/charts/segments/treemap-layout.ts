import { hierarchy, treemap, treemapSquarify } from 'd3-hierarchy';

export interface TreemapItem {
  id: string;
  value: number;
}

export interface TreemapTile {
  id: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Squarified treemap rectangles for one level of items, largest first. Only items that can be seen
 * get a rectangle: d3 parks a zero value, zero-sized, on the drawing's edge or beyond it, and the
 * padding between tiles swallows a value that is a tiny share of the total.
 */
export function treemapTiles(items: readonly TreemapItem[], width: number, height: number, padding = 2): TreemapTile[] {
  const root = hierarchy<{ children?: readonly TreemapItem[] } | TreemapItem>({ children: items.filter((item) => item.value > 0) })
    .sum((node) => ('value' in node ? node.value : 0))
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  treemap<{ children?: readonly TreemapItem[] } | TreemapItem>()
    .tile(treemapSquarify)
    .size([width, height])
    .paddingInner(padding)
    .round(false)(root);
  // Not root.leaves(): with no items left, the root itself is the only leaf.
  return (root.children ?? [])
    .map((leaf) => {
      const item = leaf.data as TreemapItem;
      const rect = leaf as unknown as { x0: number; y0: number; x1: number; y1: number };
      return { id: item.id, value: item.value, x: rect.x0, y: rect.y0, width: rect.x1 - rect.x0, height: rect.y1 - rect.y0 };
    })
    .filter((tile) => tile.width > 0 && tile.height > 0);
}
