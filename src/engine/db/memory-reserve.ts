import type { Connector } from './connector';

/**
 * DuckDB-WASM's memory grows as statements need it, and growing it while the user's first file was
 * read and added up cost that load about a tenth of its time (the Online Retail file: 0.1 s in
 * Chromium; under Node the same read took 0.86 s on a fresh engine and 0.67 s once its memory was
 * there). WebAssembly memory never shrinks, and what DuckDB frees it reuses. So while the page waits
 * for a file, after the warm-up (load/warm-up.ts), the engine makes a few tables of numbers and
 * drops them again, and the user's file finds the memory it needs already there.
 *
 * The reserve stays with the tab for as long as it is open, even for a small file, so it follows the
 * device's memory (navigator.deviceMemory, in GB; a browser that does not tell gets none), and it is
 * made in pieces: a file chosen meanwhile waits for one piece at most.
 */
const PIECE_ROWS = 1_000_000;
/** Four 8-byte columns: 32 MB a piece, about 40 MB of memory with DuckDB's own bookkeeping. */
const PIECE_COLUMNS = 'range AS a, range AS b, range AS c, range AS d';

/** How many pieces to reserve on a device with this much memory (GB): 128 MB from 8 GB, 64 MB from 4 GB. */
export function reservePieces(deviceMemoryGb: number | undefined): number {
  if (deviceMemoryGb === undefined || !(deviceMemoryGb >= 4)) return 0;
  return deviceMemoryGb >= 8 ? 4 : 2;
}

/** Makes and drops up to `pieces` tables, asking `shouldStop` before each; returns how many were made. */
export async function reserveMemory(db: Connector, pieces: number, shouldStop: () => boolean): Promise<number> {
  let made = 0;
  try {
    while (made < pieces && !shouldStop()) {
      await db.query(`CREATE OR REPLACE TABLE ${pieceTable(made)} AS SELECT ${PIECE_COLUMNS} FROM range(${PIECE_ROWS})`);
      made++;
    }
  } finally {
    // The piece being made when a statement failed is dropped too, if it exists.
    for (let piece = 0; piece <= Math.min(made, pieces - 1); piece++) await db.query(`DROP TABLE IF EXISTS ${pieceTable(piece)}`);
  }
  return made;
}

function pieceTable(piece: number): string {
  return `memory_reserve_${piece}`;
}
