import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import { workbenchDir } from './files';

/** The auditors' example queries: one named operation each, with the comment above it. */
export const examplesFile = () => join(workbenchDir(), 'examples.graphql');

export interface WorkbenchExample {
  /** The operation's name, e.g. CountiesBehindOnReporting. */
  readonly name: string;
  /** The first line of the comment above it. */
  readonly title: string;
  /** The operation as written in the file, comments included; variables have defaults. */
  readonly query: string;
}

/**
 * Splits the examples file into its operations. Each keeps the comment written above it, and
 * its variables carry default values, so it runs as it is and can be changed in GraphiQL.
 */
export function readExamples(file = examplesFile()): WorkbenchExample[] {
  const source = readFileSync(file, 'utf8');
  const document = parse(source);
  const examples: WorkbenchExample[] = [];
  let start = 0;
  for (const def of document.definitions) {
    if (!def.loc) continue;
    const text = source.slice(start, def.loc.end).trim();
    start = def.loc.end;
    if (def.kind !== Kind.OPERATION_DEFINITION || !def.name) {
      throw new Error(`${file}: every definition must be a named operation (no fragments), so each runs on its own tab`);
    }
    const comment = text.split('\n').find((line) => line.startsWith('#'));
    const title = comment ? comment.replace(/^#+\s*/, '') : def.name.value;
    examples.push({ name: def.name.value, title, query: `${text}\n` });
  }
  return examples;
}
