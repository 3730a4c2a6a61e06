import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';

/** The contract, read relative to this module so it loads from any working directory. */
export const typeDefs = parse(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));
