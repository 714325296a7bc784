import type { PrintableSheet, SheetPart } from './sheet-model.js';

/** Where each part of the spec lands on the worksheet (0-based rows). */
export interface PlacedPart {
  readonly part: SheetPart;
  readonly table: number;
  readonly top: number;
}

export interface SheetPlacement {
  readonly parts: readonly PlacedPart[];
  readonly rows: number;
  /** 0-based rows after which a manual page break is set */
  readonly breaksAfter: readonly number[];
}

export function placeSheet(spec: PrintableSheet): SheetPlacement {
  const parts: PlacedPart[] = [];
  const breaksAfter: number[] = [];
  let cursor = 0;
  spec.tables.forEach((t, k) => {
    if (k > 0) {
      if (spec.pageBreakBetweenTables) breaksAfter.push(cursor - 1);
      else cursor += spec.gapRows;
    }
    for (const part of t.parts) {
      parts.push({ part, table: k, top: cursor });
      cursor += part.rows;
    }
  });
  return { parts, rows: cursor, breaksAfter };
}
