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
  for await (const chunk of createReadStream(path, { encoding: 'utf8' }) as AsyncIterable<string>) {
    let text = chunk;
    if (first) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    const records: CsvRecord[] = [];
    for (const ch of text) {
      if (pendingCr) {
        pendingCr = false;
        if (ch === '\n') continue;
      }
      if (quoted) {
        if (ch === '"') {
          quoted = false;
          afterQuote = true;
        } else {
          if (ch === '\n') line += 1;
          field += ch;
        }
        continue;
      }
      if (ch === '"') {
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
      } else if (ch === ',') {
        endField();
      } else if (ch === '\n' || ch === '\r') {
        endField();
        if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
        fields = [];
        line += 1;
        recordLine = line;
        pendingCr = ch === '\r';
      } else {
        if (afterQuote) throw new CsvSyntaxError(`line ${line}: text after a closing quote`);
        field += ch;
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
