import { readCsv } from './csv';
import { ImportCliError } from './errors';
import { columnsOf, toInput, type ImportKind } from './kinds';

/**
 * How a file is cut into batches, deterministically (a re-run cuts it the same way, so batch
 * keys name the same rows and a resumed import writes nothing twice).
 *
 * Rows go to one of `lanes` lanes by their kind's lane key (the village of a ledger row, the
 * county of a payment), in file order; a lane's batch is cut when it holds `batchSize` rows or
 * its rows' JSON would pass `maxBytes`; batches are numbered in the order they are cut, and the
 * rows left in the lanes at the end of the file are cut in lane order. The CLI sends the batches
 * of a lane one after another and the lanes side by side, so each village's entries still reach
 * its ledger in file order (the hash chain and any reversal of an earlier line follow it), while
 * batches in flight at once never touch the same village's chain. With one lane this is the
 * plain cut of the file into consecutive batches.
 */
export interface Batch {
  /** 1-based, in the order batches are cut. */
  readonly no: number;
  readonly lane: number;
  /** Each row as its kind's request carries it (ImportKind.encodeRow), ready to be joined into it. */
  readonly rows: string[];
  /** The CSV line of each row. */
  readonly lines: number[];
}

export interface CutOptions {
  readonly batchSize: number;
  readonly lanes: number;
  readonly maxBytes: number;
}

/** FNV-1a: a stable, well-spread lane for a key, the same on every machine and run. */
export function laneOf(key: string, lanes: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % lanes;
}

/** Characters JSON.stringify writes other than as themselves: quotes, backslashes, controls, surrogates. */
const ESCAPED_IN_JSON = /["\\\u0000-\u001f\ud800-\udfff]/;

/** The UTF-8 bytes of a string as JSON.stringify writes it (quotes included). */
function jsonStringBytes(value: string): number {
  return ESCAPED_IN_JSON.test(value) ? Buffer.byteLength(JSON.stringify(value)) : Buffer.byteLength(value) + 2;
}

/**
 * The UTF-8 bytes of JSON.stringify(record), counted without writing it: the CLI measures every
 * row of a file, and writing each as JSON only to count it was a tenth of its checking time.
 */
export function jsonBytes(record: Readonly<Record<string, string>>): number {
  let bytes = 1;
  for (const key in record) bytes += jsonStringBytes(key) + 1 + jsonStringBytes(record[key]) + 1;
  return bytes === 1 ? 2 : bytes;
}

/** Cuts rows, as they come in file order, into the batches described above. */
export class BatchCutter {
  private next = 1;
  private readonly open: Array<{ rows: string[]; lines: number[]; bytes: number }>;

  constructor(
    private readonly kind: ImportKind,
    private readonly options: CutOptions,
  ) {
    this.open = Array.from({ length: options.lanes }, () => ({ rows: [], lines: [], bytes: 0 }));
  }

  /** Adds a row; returns the batches this cut (none, one, or two when a large row cannot join its lane's batch). */
  add(input: Record<string, string>, line: number): Batch[] {
    const lane = laneOf(this.kind.laneKey(input), this.options.lanes);
    // Measured as JSON whatever the kind sends (CSV is shorter), so a file is cut where earlier
    // versions of the CLI cut it and a resumed import's batch keys name the same rows.
    const bytes = jsonBytes(input) + 1;
    const cut: Batch[] = [];
    if (this.open[lane].rows.length && this.open[lane].bytes + bytes > this.options.maxBytes) cut.push(this.cut(lane));
    const open = this.open[lane];
    open.rows.push(this.kind.encodeRow(input));
    open.lines.push(line);
    open.bytes += bytes;
    if (open.rows.length === this.options.batchSize) cut.push(this.cut(lane));
    return cut;
  }

  /** The rows left at the end of the file, lane by lane. */
  finish(): Batch[] {
    return this.open.flatMap((open, lane) => (open.rows.length ? [this.cut(lane)] : []));
  }

  private cut(lane: number): Batch {
    const { rows, lines } = this.open[lane];
    this.open[lane] = { rows: [], lines: [], bytes: 0 };
    return { no: this.next++, lane, rows, lines };
  }
}

/** The batches of a file that passed the CLI's checks. */
export async function* cutBatches(kind: ImportKind, file: string, options: CutOptions): AsyncGenerator<Batch> {
  let columns: string[] | null = null;
  const cutter = new BatchCutter(kind, options);
  for await (const record of readCsv(file)) {
    if (!columns) {
      columns = columnsOf(kind, record.fields);
      continue;
    }
    const row = toInput(kind, columns, record.fields);
    if ('problems' in row) throw new ImportCliError(`line ${record.line} changed while importing`);
    yield* cutter.add(row.input, record.line);
  }
  yield* cutter.finish();
}
