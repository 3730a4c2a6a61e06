/**
 * Region codes are a hierarchy by prefix: a village's 12-digit code starts with its
 * township's 9, county's 6, city's 4 and province's 2 digits. "Everything under a region"
 * is therefore a range on an indexed string column, with no join:
 * every code that starts with P lies between P and P followed by nines up to 12 digits.
 */

export const REGION_CODE_PATTERN = /^\d{2}(\d{2}(\d{2}(\d{3}(\d{3})?)?)?)?$/;
export const MAX_REGION_CODE_LENGTH = 12;

/** The lengths of a code at each level, province first. */
const LEVEL_LENGTHS: readonly number[] = [2, 4, 6, 9, 12];

export function isRegionCode(code: string): boolean {
  return REGION_CODE_PATTERN.test(code);
}

/** [low, high] bounds, inclusive, of every code under (and including) `code`. */
export function regionRange(code: string): [string, string] {
  return [code, code.padEnd(MAX_REGION_CODE_LENGTH, '9')];
}

export function isUnderRegion(code: string, ancestor: string): boolean {
  return code.startsWith(ancestor);
}

/**
 * The narrowest region that holds every one of the codes: their longest common prefix, cut back
 * to a division level (431002001001 and 431002002003 share 43100200, which is no level, so
 * 431002). Null for no codes, or codes that share no province.
 */
export function narrowestCommonRegion(codes: readonly string[]): string | null {
  if (!codes.length) return null;
  let common = codes[0];
  for (const code of codes) {
    let n = 0;
    while (n < common.length && n < code.length && common[n] === code[n]) n++;
    common = common.slice(0, n);
  }
  const level = [...LEVEL_LENGTHS].reverse().find((length) => length <= common.length);
  return level === undefined ? null : common.slice(0, level);
}

export type RegionLevel = 'PROVINCE' | 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE';

const LEVEL_BY_LENGTH: Record<number, RegionLevel> = { 2: 'PROVINCE', 4: 'CITY', 6: 'COUNTY', 9: 'TOWNSHIP', 12: 'VILLAGE' };
export const CODE_LENGTH_BY_LEVEL: Record<RegionLevel, number> = {
  PROVINCE: 2,
  CITY: 4,
  COUNTY: 6,
  TOWNSHIP: 9,
  VILLAGE: 12,
};

export function levelOfCode(code: string): RegionLevel | null {
  return isRegionCode(code) ? LEVEL_BY_LENGTH[code.length] : null;
}

/** The code of the level directly below `code` (villages have none). */
export function childCodeLength(code: string): number | null {
  const next = LEVEL_LENGTHS[LEVEL_LENGTHS.indexOf(code.length) + 1];
  return next ?? null;
}
