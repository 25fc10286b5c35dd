import { useRef, useState, type KeyboardEvent } from 'react';
import { treemapTiles, type TreemapTile } from '../../charts/segments/treemap-layout';
import { formatCount, formatCountOf, formatShare, moneyAttribute } from '../../model/shared/format';
import type { MoneyFormat } from '../../model/shared/money-format';
import { useMoney } from '../shared/currency-context';
import type { SegmentInfo } from '../../model/segments/segment-info';
import { ChartDownloads } from '../shared/ChartDownloads';
import { useElementWidth } from '../shared/use-element-width';
import { TreemapLegend } from './TreemapLegend';

/** The drawing's widest: a wider screen shows it larger, as it is. */
const MOST_WIDTH = 800;
const LEAST_HEIGHT = 260;

interface DrawingSize {
  width: number;
  height: number;
}

/**
 * Laid out at the width it is shown at, up to 800, so that on a phone the tiles are fewer pixels
 * wide rather than their labels smaller; never flatter than 260, so that the tiles keep some height.
 */
function drawingSize(width: number): DrawingSize {
  return { width, height: Math.max(LEAST_HEIGHT, Math.round(width * 0.4)) };
}

export interface TreemapSegment {
  info: SegmentInfo;
  customers: number;
  revenue: number;
}

type SizeBy = 'revenue' | 'customers';

interface Props {
  segments: readonly TreemapSegment[];
  selected: string;
  onSelect(segment: string): void;
  /** Names the segmentation in the title and the download's file name. */
  segmentationLabel: string;
  fileName: string;
}

/**
 * Customer value by segment: each tile's area is the segment's revenue (or its number of customers).
 * Tiles are buttons: Tab or the arrow keys move between them, Enter selects; hovering or focusing a
 * tile shows its figures. Segments too small for a tile are named below the drawing instead.
 */
export function SegmentTreemap({ segments, selected, onSelect, segmentationLabel, fileName }: Props) {
  const [sizeBy, setSizeBy] = useState<SizeBy>('revenue');
  const [pointed, setPointed] = useState<string | null>(null);
  const holder = useRef<HTMLDivElement>(null);
  const size = drawingSize(useElementWidth(holder, MOST_WIDTH) ?? MOST_WIDTH);
  const tiles = treemapTiles(
    segments.map((segment) => ({ id: segment.info.id, value: segment[sizeBy] })),
    size.width,
    size.height,
  );
  const focus = useTileFocus(tiles);
  const totals = { customers: sum(segments, 'customers'), revenue: sum(segments, 'revenue') };
  const byId = new Map(segments.map((segment) => [segment.info.id, segment]));
  const tip = pointed ? tiles.find((tile) => tile.id === pointed) : undefined;
  return (
    <section className="card" aria-labelledby="treemap-title">
      <div className="card-heading">
        <h2 id="treemap-title">Where the revenue sits</h2>
        <label className="inline-field">
          Tile size
          <select data-testid="treemap-size" value={sizeBy} onChange={(event) => setSizeBy(event.target.value as SizeBy)}>
            <option value="revenue">revenue</option>
            <option value="customers">customers</option>
          </select>
        </label>
        <ChartDownloads target={holder} baseName={fileName} label={`the ${segmentationLabel} treemap`} />
      </div>
      <div className="treemap-holder" ref={holder} onPointerLeave={() => setPointed(null)}>
        <svg
          data-testid="treemap"
          data-size-by={sizeBy}
          viewBox={`0 0 ${size.width} ${size.height}`}
          className="treemap"
          role="group"
          aria-label={`${sizeBy === 'revenue' ? 'Revenue' : 'Customers'} by ${segmentationLabel}`}
        >
          {tiles.map((tile, index) => (
            <TreemapTileButton
              key={tile.id}
              tile={tile}
              segment={byId.get(tile.id)!}
              totals={totals}
              sizeBy={sizeBy}
              selected={tile.id === selected}
              tileRef={focus.register(tile.id)}
              onSelect={() => onSelect(tile.id)}
              onKeyDown={(event) => focus.move(event, index)}
              onPoint={(on) => setPointed((current) => (on ? tile.id : current === tile.id ? null : current))}
            />
          ))}
        </svg>
        {tip && <TreemapTooltip tile={tip} segment={byId.get(tip.id)!} totals={totals} size={size} />}
      </div>
      <TreemapLegend segments={segments} selected={selected} onSelect={onSelect} />
      <UntiledSegments segments={segments} tiles={tiles} sizeBy={sizeBy} />
    </section>
  );
}

type Totals = Record<SizeBy, number>;

/**
 * A tile's accessible name. A labelled tile's name starts with the words it shows (so speech input
 * can say them), then adds the shares; an unlabelled tile's name says it all.
 */
function describe(segment: TreemapSegment, totals: Totals, money: MoneyFormat, shown: SizeBy | null): string {
  const customerShare = formatShare(segment.customers, totals.customers);
  const revenueShare = `${formatShare(segment.revenue, totals.revenue)} of revenue`;
  const { label } = segment.info;
  if (shown === 'revenue') return `${label} ${tileFigures(segment, shown, money)}: ${formatCount(segment.customers)} customers (${customerShare}), ${revenueShare}`;
  if (shown === 'customers') return `${label} ${tileFigures(segment, shown, money)}: ${customerShare} of customers, ${money.format(segment.revenue)} (${revenueShare})`;
  return `${label}: ${formatCount(segment.customers)} customers (${customerShare}), ${money.format(segment.revenue)} (${revenueShare})`;
}

/** Whether a tile is big enough to carry its label; the legend names every segment either way. */
function hasLabel(tile: TreemapTile): boolean {
  return tile.width > 110 && tile.height > 46;
}

/** The figures a tile's label shows under the segment's name. */
function tileFigures(segment: TreemapSegment, sizeBy: SizeBy, money: MoneyFormat): string {
  return sizeBy === 'revenue' ? `${money.format(segment.revenue)} · ${formatCount(segment.customers)}` : formatCountOf(segment.customers, 'customer');
}

/** Tab, the arrow keys, Home and End move focus between the tiles. */
function useTileFocus(tiles: readonly TreemapTile[]) {
  const refs = useRef(new Map<string, SVGGElement>());
  return {
    register: (id: string) => (element: SVGGElement | null) => {
      if (element) refs.current.set(id, element);
      else refs.current.delete(id);
    },
    move(event: KeyboardEvent, index: number) {
      const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
      const target = event.key === 'Home' ? 0 : event.key === 'End' ? tiles.length - 1 : step === undefined ? null : (index + step + tiles.length) % tiles.length;
      if (target === null) return;
      event.preventDefault();
      refs.current.get(tiles[target].id)?.focus();
    },
  };
}

interface TileProps {
  tile: TreemapTile;
  segment: TreemapSegment;
  totals: Totals;
  sizeBy: SizeBy;
  selected: boolean;
  tileRef(element: SVGGElement | null): void;
  onSelect(): void;
  onKeyDown(event: KeyboardEvent): void;
  /** The pointer or focus arrived (true) or left (false). */
  onPoint(on: boolean): void;
}

function TreemapTileButton({ tile, segment, totals, sizeBy, selected, tileRef, onSelect, onKeyDown, onPoint }: TileProps) {
  const money = useMoney();
  return (
    <g
      ref={tileRef}
      data-segment={tile.id}
      data-customers={segment.customers}
      data-revenue={moneyAttribute(segment.revenue)}
      className={`tile${selected ? ' selected' : ''}`}
      role="button"
      tabIndex={0}
      aria-pressed={selected}
      aria-label={describe(segment, totals, money, hasLabel(tile) ? sizeBy : null)}
      onClick={onSelect}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return onKeyDown(event);
        event.preventDefault();
        onSelect();
      }}
      onPointerEnter={() => onPoint(true)}
      onFocus={() => onPoint(true)}
      onBlur={() => onPoint(false)}
    >
      <rect x={tile.x} y={tile.y} width={tile.width} height={tile.height} fill={segment.info.color} rx={3} />
      <TileLabel tile={tile} segment={segment} sizeBy={sizeBy} />
    </g>
  );
}

function TreemapTooltip({ tile, segment, totals, size }: { tile: TreemapTile; segment: TreemapSegment; totals: Totals; size: DrawingSize }) {
  const money = useMoney();
  return (
    <div
      className="treemap-tooltip"
      role="tooltip"
      data-testid="treemap-tooltip"
      style={{ left: `${(100 * (tile.x + tile.width / 2)) / size.width}%`, top: `${(100 * (tile.y + tile.height / 2)) / size.height}%` }}
    >
      <strong>{segment.info.label}</strong>
      <span>{segment.info.description}</span>
      <span>
        {formatCount(segment.customers)} customers · {formatShare(segment.customers, totals.customers)}
      </span>
      <span>
        {money.format(segment.revenue)} · {formatShare(segment.revenue, totals.revenue)} of revenue
      </span>
    </div>
  );
}

/** "No customers: New Customers, Promising" and the like, for the segments that got no tile. */
function UntiledSegments({ segments, tiles, sizeBy }: { segments: readonly TreemapSegment[]; tiles: readonly TreemapTile[]; sizeBy: SizeBy }) {
  const tiled = new Set(tiles.map((tile) => tile.id));
  const groups = new Map<string, string[]>();
  for (const segment of segments) {
    if (tiled.has(segment.info.id)) continue;
    const reason = segment.customers === 0 ? 'No customers' : segment[sizeBy] <= 0 ? `No ${sizeBy}` : 'Too small to draw';
    groups.set(reason, [...(groups.get(reason) ?? []), segment.info.label]);
  }
  if (groups.size === 0) return null;
  return (
    <p className="muted small" data-testid="treemap-untiled">
      {[...groups].map(([reason, labels]) => `${reason}: ${labels.join(', ')}.`).join(' ')}
    </p>
  );
}

function TileLabel({ tile, segment, sizeBy }: { tile: TreemapTile; segment: TreemapSegment; sizeBy: SizeBy }) {
  const money = useMoney();
  if (!hasLabel(tile)) return null;
  const figures = tileFigures(segment, sizeBy, money);
  return (
    <text x={tile.x + 10} y={tile.y + 24} fill="white">
      <tspan className="tile-label">{segment.info.label}</tspan>{' '}
      {/* The space keeps the name and the figures two words for anything that reads the text. */}
      <tspan x={tile.x + 10} dy={20} className="tile-value">
        {figures}
      </tspan>
    </text>
  );
}

function sum(segments: readonly TreemapSegment[], key: SizeBy): number {
  return segments.reduce((total, segment) => total + segment[key], 0);
}
