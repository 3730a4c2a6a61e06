/**
 * The CSV rules of every import (RFC 4180: comma-separated, fields optionally in double quotes, a
 * doubled quote inside quotes is a quote, quoted fields may hold commas and line breaks; CRLF or
 * LF; a UTF-8 byte-order mark is skipped; blank lines are skipped), in one reader for text held in
 * a string and text read in chunks. Finance parses the CSV batches of `importLedgerCsv` and
 * `importPaymentsCsv` with parseCsvText, the import CLI a file that fits in memory with it too, and
 * a larger file chunk by chunk with CsvReader; so every path reads a file's text by the same rules
 * and reports the same errors with the same line numbers.
 */
export interface CsvRecord {
  /** 1-based line number where the record starts (the header is line 1). */
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/**
 * Reads CSV text given chunk by chunk: push each chunk, then end. A record that does not end in a
 * chunk is kept as text and read again from its start with the next one, so the reading loop keeps
 * no state between characters, as for a whole string.
 */
export class CsvReader {
  /** The text of the record the chunks so far ended in, from its first character. */
  private rest = '';
  /** Chunks after `rest`, not read yet. */
  private waiting: string[] = [];
  private waitingLength = 0;
  /** The line on which `rest` starts. */
  private line = 1;
  private atStart = true;

  /** The records that end in `chunk`. */
  push(chunk: string): CsvRecord[] {
    // `rest` is read again only once as much new text follows it, so a record spanning many
    // chunks (a long quoted field) is read a bounded number of times, not once per chunk.
    if (this.rest.length > this.waitingLength + chunk.length) {
      this.waiting.push(chunk);
      this.waitingLength += chunk.length;
      return [];
    }
    return this.read(this.take(chunk), false);
  }

  /** The records left at the end of the text (with its last chunk, if given). */
  end(chunk = ''): CsvRecord[] {
    return this.read(this.take(chunk), true);
  }

  private take(chunk: string): string {
    // join makes one flat string; `rest + chunk` stays a rope in V8, which made every character
    // read after it slower (a streamed file took up to 10% longer).
    let text = this.rest || this.waiting.length ? [this.rest, ...this.waiting, chunk].join('') : chunk;
    this.rest = '';
    this.waiting = [];
    this.waitingLength = 0;
    if (this.atStart && text.length) {
      this.atStart = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    return text;
  }

  /**
   * The records of `text`, or CsvSyntaxError naming the line of the first syntax error. Unless
   * `final`, a record that does not end before the end of `text` is kept in `rest`: what follows
   * may continue its last field or its line break (the LF of a CRLF, a quote after a quote).
   */
  private read(text: string, final: boolean): CsvRecord[] {
    const records: CsvRecord[] = [];
    let fields: string[] = [];
    let line = this.line;
    let recordLine = line;
    let recordStart = 0;
    let i = 0;
    const n = text.length;
    // Scans runs of ordinary characters with indexOf/charCodeAt and copies each field with one
    // slice: a character-by-character loop cost as much CPU as the rest of the import CLI together.
    while (i <= n) {
      let field: string;
      if (text.charCodeAt(i) === QUOTE) {
        field = '';
        let from = i + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close === -1 || (close + 1 === n && !final)) {
            if (!final) return this.keep(text, recordStart, recordLine, records);
            throw new CsvSyntaxError(`line ${recordLine}: a quoted field is not closed`);
          }
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
        if (i < n && c !== COMMA && c !== LF && c !== CR) throw new CsvSyntaxError(`line ${line}: text after a closing quote`);
      } else {
        let j = i;
        let c = text.charCodeAt(j);
        while (j < n && c !== COMMA && c !== LF && c !== CR) {
          if (c === QUOTE) throw new CsvSyntaxError(`line ${line}: a quote in the middle of an unquoted field`);
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
      if (!final && (i >= n || (c === CR && i + 1 === n))) return this.keep(text, recordStart, recordLine, records);
      if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
      fields = [];
      if (i >= n) break;
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line += 1;
      recordLine = line;
      recordStart = i;
      if (i === n) break;
    }
    this.line = line;
    return records;
  }

  private keep(text: string, recordStart: number, recordLine: number, records: CsvRecord[]): CsvRecord[] {
    this.rest = text.slice(recordStart);
    this.line = recordLine;
    return records;
  }
}

/** Every record of `text`, or CsvSyntaxError naming the line of the first syntax error. */
export function parseCsvText(text: string): CsvRecord[] {
  return new CsvReader().end(text);
}

/**
 * The columns a header names (trimmed, in its order), or the one message that refuses it: every
 * required column missing, every unknown one and every one named twice, after the full list of
 * columns expected. The import CLI and finance's CSV mutations both check a header with this, so
 * a file refused by one is refused by the other in the same words. `kind` names the file's kind
 * (ledger, payments) in the message.
 */
export function readCsvHeader(
  kind: string,
  header: readonly string[],
  required: readonly string[],
  optional: readonly string[],
): { columns: string[] } | { problem: string } {
  const columns = header.map((h) => h.trim());
  const known = new Set([...required, ...optional]);
  const missing = required.filter((r) => !columns.includes(r));
  const unknown = new Set(columns.filter((c) => !known.has(c)));
  const twice = new Set(columns.filter((c, i) => columns.indexOf(c) !== i));
  if (!missing.length && !unknown.size && !twice.size) return { columns };
  // An empty name (a header ending in a comma) would otherwise read as nothing at all.
  const names = (list: Iterable<string>) => [...list].map((c) => (c === '' ? '""' : c)).join(', ');
  const problems = [
    ...(missing.length ? [`missing column(s): ${names(missing)}`] : []),
    ...(unknown.size ? [`unknown column(s): ${names(unknown)}`] : []),
    ...(twice.size ? [`column(s) named twice: ${names(twice)}`] : []),
  ];
  return {
    problem: `The header (first line) of a ${kind} CSV must name the columns ${[...required, ...optional].join(',')} (the last ${optional.length} optional); ${problems.join('; ')}`,
  };
}

/** The problem of a record whose field count is not the header's, or null. */
export function widthProblem(fields: readonly string[], width: number): string | null {
  return fields.length === width ? null : `has ${fields.length} fields; the header has ${width}`;
}

/** One CSV field as RFC 4180 writes it: quoted when it holds a comma, quote or line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
