import { readFileSync } from 'node:fs';
import { DIVISIONS_CSV } from '../paths';
import type { RegionLevel } from '../region-range';

/** One row of data/hunan-divisions.csv (the National Bureau of Statistics' codes). */
export interface Division {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

let cache: Division[] | null = null;

/** All of Hunan's divisions, parsed once per process. */
export function readDivisions(): Division[] {
  if (cache) return cache;
  const lines = readFileSync(DIVISIONS_CSV, 'utf8').trim().split('\n');
  const header = lines.shift();
  if (header !== 'code,name,level,parent_code') throw new Error(`unexpected header in ${DIVISIONS_CSV}: ${header}`);
  cache = lines.map((line) => {
    const [code, name, level, parentCode] = line.split(',');
    return { code, name, level: level.toUpperCase() as RegionLevel, parentCode: parentCode || null };
  });
  return cache;
}

/** The divisions under `code` and its ancestors, so that every parent reference resolves. */
export function divisionsUnder(code: string): Division[] {
  return readDivisions().filter((d) => d.code.startsWith(code) || code.startsWith(d.code));
}

let counts: Map<string, number> | null = null;

/**
 * How many divisions of `level` the file has, only those directly under `parentCode` when it is
 * given: at most what `Query.regions(level, parentCode)` returns (a store may hold part of the
 * province only), so the gateway can price that list before any subgraph is asked.
 */
export function countDivisions(level: RegionLevel, parentCode: string | null): number {
  if (!counts) {
    counts = new Map();
    for (const d of readDivisions()) {
      counts.set(d.level, (counts.get(d.level) ?? 0) + 1);
      if (d.parentCode !== null) counts.set(`${d.level}|${d.parentCode}`, (counts.get(`${d.level}|${d.parentCode}`) ?? 0) + 1);
    }
  }
  return counts.get(parentCode === null ? level : `${level}|${parentCode}`) ?? 0;
}

export function villagesUnder(code: string): Division[] {
  return readDivisions().filter((d) => d.level === 'VILLAGE' && d.code.startsWith(code));
}
