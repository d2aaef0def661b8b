// What reading a table gives: each row's cells as found (a value, a printed
// blank, missing, or ambiguous), with the notes that go into the YAML comments.
import type { RowSpec, TableId } from './labels';

export type CellOut =
  { state: 'value'; raw: string } | { state: 'blank' } | { state: 'missing' } | { state: 'ambiguous' };

export interface RowOut {
  spec: RowSpec;
  cells: CellOut[];
  /** Whether the row's label (or its data) was found in the text. */
  found: boolean;
  /** Split candidates still open (each a full row), when the digits could not be split for certain. */
  candidates?: number[][];
  /** A remark for the YAML comment on the row. */
  comment?: string;
}

export interface TableOut {
  table: TableId;
  rows: RowOut[];
  unmapped: string[];
  notes: string[];
  /** Rows whose run-together digits had exactly one split. */
  splitRows?: number;
}
