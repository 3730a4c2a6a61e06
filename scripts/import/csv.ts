import { createReadStream } from 'node:fs';
import { ImportCliError } from './errors';

/**
 * A streaming CSV reader (RFC 4180: comma-separated, fields optionally in double quotes, a
 * doubled quote inside quotes is a quote, quoted fields may hold commas and line breaks; CRLF
 * or LF; a UTF-8 byte-order mark is skipped). Yields one record at a time, so a file of any
 * size is read in constant memory, with the line on which each record starts.
 */
export interface CsvRecord {
  /** 1-based line number where the record starts (the header is line 1). */
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends ImportCliError {}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

export async function* readCsv(path: string): AsyncGenerator<CsvRecord> {
  let field = '';
  let fields: string[] = [];
  let quoted = false;
  let afterQuote = false;
  let line = 1;
  let recordLine = 1;
  let first = true;
  let pendingCr = false;
  const endField = () => {
    fields.push(field);
    field = '';
    afterQuote = false;
  };
  // Scans runs of ordinary characters with indexOf/charCodeAt and copies them with one slice:
  // a character-by-character loop cost as much CPU as the rest of the CLI together.
  for await (const chunk of createReadStream(path, { encoding: 'utf8' }) as AsyncIterable<string>) {
    let text = chunk;
    if (first) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    const records: CsvRecord[] = [];
    let i = 0;
    while (i < text.length) {
      if (pendingCr) {
        pendingCr = false;
        if (text.charCodeAt(i) === LF) {
          i += 1;
          continue;
        }
      }
      if (quoted) {
        const close = text.indexOf('"', i);
        const end = close === -1 ? text.length : close;
        for (let at = text.indexOf('\n', i); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) line += 1;
        field += text.slice(i, end);
        if (close === -1) break;
        quoted = false;
        afterQuote = true;
        i = close + 1;
        continue;
      }
      let j = i;
      let c = text.charCodeAt(j);
      while (j < text.length && c !== COMMA && c !== QUOTE && c !== LF && c !== CR) c = text.charCodeAt(++j);
      if (j > i) {
        if (afterQuote) throw new CsvSyntaxError(`line ${line}: text after a closing quote`);
        field += text.slice(i, j);
        i = j;
        continue;
      }
      i += 1;
      if (c === QUOTE) {
        if (afterQuote) {
          // "" inside a quoted field: a literal quote; the field continues quoted.
          field += '"';
          quoted = true;
          afterQuote = false;
        } else if (field === '') {
          quoted = true;
        } else {
          throw new CsvSyntaxError(`line ${line}: a quote in the middle of an unquoted field`);
        }
      } else if (c === COMMA) {
        endField();
      } else {
        endField();
        if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
        fields = [];
        line += 1;
        recordLine = line;
        pendingCr = c === CR;
      }
    }
    yield* records;
  }
  if (quoted) throw new CsvSyntaxError(`line ${recordLine}: a quoted field is not closed`);
  if (field !== '' || fields.length) {
    endField();
    yield { line: recordLine, fields };
  }
}
