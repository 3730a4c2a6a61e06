import { badUserInput } from '../../../../lib/errors';
import { isRegionCode } from '../../../../lib/region-range';
import type { AuditContext } from '../context';

/** Checks of mutation inputs shared by the resolvers; each failure is BAD_USER_INPUT naming the field. */

export function requiredText(value: string, field: string, max: number): string {
  const text = value.trim();
  if (text === '') throw badUserInput(`${field} must not be empty`);
  if (Array.from(text).length > max) throw badUserInput(`${field} may hold at most ${max} characters`);
  return text;
}

export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return requiredText(value, field, max);
}

export function nonNegativeFen(value: number, field: string): number {
  if (value < 0) throw badUserInput(`${field} must not be negative`);
  return value;
}

/** A region code that this store's divisions table knows. */
export async function knownRegion(ctx: AuditContext, code: string, field: string): Promise<string> {
  if (!isRegionCode(code) || !(await ctx.regions.get(code))) {
    throw badUserInput(`${field} "${code}" is not a known division code`);
  }
  return code;
}

/** The caller's token subject: every write records who did it. */
export function actor(ctx: AuditContext): string {
  return ctx.principal.sub as string;
}
