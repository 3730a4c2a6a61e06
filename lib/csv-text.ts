/**
 * CSV held in a string (RFC 4180: comma-separated, fields optionally in double quotes, a doubled
 * quote inside quotes is a quote, quoted fields may hold commas and line breaks; CRLF or LF; a
 * UTF-8 byte-order mark is skipped; blank lines are skipped). The import CLI reads a file that
 * fits in memory with it, and finance parses the CSV batches of `importLedgerCsv` and
 * `importPaymentsCsv` with it, so both read a file's text by the same rules.
 */
export interface CsvTextRecord {
  /** 1-based line number where the record starts (the header is line 1). */
  line: number;
  fields: string[];
}

export class CsvTextSyntaxError extends Error {}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** Every record of `text`, or CsvTextSyntaxError naming the line of the first syntax error. */
export function parseCsvText(text: string): CsvTextRecord[] {
  const records: CsvTextRecord[] = [];
  let fields: string[] = [];
  let line = 1;
  let recordLine = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  // Scans runs of ordinary characters with charCodeAt and copies each field with one slice.
  while (i <= n) {
    let field: string;
    if (text.charCodeAt(i) === QUOTE) {
      field = '';
      let from = i + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close === -1) throw new CsvTextSyntaxError(`line ${recordLine}: a quoted field is not closed`);
        for (let at = text.indexOf('\n', from); at !== -1 && at < close; at = text.indexOf('\n', at + 1)) line += 1;
        field += text.slice(from, close);
        if (text.charCodeAt(close + 1) !== QUOTE) {
          i = close + 1;
          break;
        }
        field += '"';
        from = close + 2;
      }
      const c = text.charCodeAt(i);
      if (i < n && c !== COMMA && c !== LF && c !== CR) throw new CsvTextSyntaxError(`line ${line}: text after a closing quote`);
    } else {
      let j = i;
      let c = text.charCodeAt(j);
      while (j < n && c !== COMMA && c !== LF && c !== CR) {
        if (c === QUOTE) throw new CsvTextSyntaxError(`line ${line}: a quote in the middle of an unquoted field`);
        c = text.charCodeAt(++j);
      }
      field = text.slice(i, j);
      i = j;
    }
    fields.push(field);
    const c = text.charCodeAt(i);
    if (c === COMMA) {
      i += 1;
      continue;
    }
    // End of a record: a line break or the end of the text.
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
    if (i >= n) break;
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    line += 1;
    recordLine = line;
    if (i === n) break;
  }
  return records;
}

/** One CSV field as RFC 4180 writes it: quoted when it holds a comma, quote or line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
