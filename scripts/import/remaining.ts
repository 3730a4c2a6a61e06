import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parse, join } from 'node:path';
import { csvField } from '../../lib/csv';
import { cutBatches, type CutOptions } from './batches';
import { readCsv } from './csv';
import type { ImportKind } from './kinds';

/**
 * After a refusal, the rows of `file` that no imported batch holds, in file order, written
 * beside it as `<name>.not-imported.csv` (header first). Imported rows are, for every village
 * (lane key), the first ones of that village in the file, because a lane stops at its first
 * refused batch; so importing the corrected rest continues every chain where it stopped.
 */
export async function writeNotImported(
  kind: ImportKind,
  file: string,
  cut: CutOptions,
  imported: ReadonlySet<number>,
): Promise<{ path: string; rows: number }> {
  const pending = new Set<number>();
  for await (const batch of cutBatches(kind, file, cut)) if (!imported.has(batch.no)) for (const line of batch.lines) pending.add(line);
  const { dir, name } = parse(file);
  const path = join(dir, `${name}.not-imported.csv`);
  const out = createWriteStream(path);
  let header = true;
  for await (const record of readCsv(file)) {
    if (!header && !pending.has(record.line)) continue;
    header = false;
    if (!out.write(`${record.fields.map(csvField).join(',')}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { path, rows: pending.size };
}
