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
 * Squarified treemap rectangles for one level of items, largest first. Items with no value keep a
 * zero-size tile, so every segment is still present (and selectable from the summary).
 */
export function treemapTiles(items: readonly TreemapItem[], width: number, height: number, padding = 2): TreemapTile[] {
  const root = hierarchy<{ children?: readonly TreemapItem[] } | TreemapItem>({ children: items })
    .sum((node) => ('value' in node ? Math.max(0, node.value) : 0))
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  treemap<{ children?: readonly TreemapItem[] } | TreemapItem>()
    .tile(treemapSquarify)
    .size([width, height])
    .paddingInner(padding)
    .round(false)(root);
  return root.leaves().map((leaf) => {
    const item = leaf.data as TreemapItem;
    const rect = leaf as unknown as { x0: number; y0: number; x1: number; y1: number };
    return { id: item.id, value: item.value, x: rect.x0, y: rect.y0, width: Math.max(0, rect.x1 - rect.x0), height: Math.max(0, rect.y1 - rect.y0) };
  });
}
