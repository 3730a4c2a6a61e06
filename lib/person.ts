import { createHmac } from 'node:crypto';

/**
 * Personal data (security.md): a raw ID number is never stored or returned. Stores keep the
 * person key (HMAC-SHA256 of the normalised ID number under PERSON_KEY_SECRET), the name and
 * the masked ID number; public answers mask the name too.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** Upper-cases the check character and trims; the form every key is computed over. */
export function normaliseIdNumber(idNumber: string): string {
  return idNumber.trim().toUpperCase();
}

/** The GB 11643-1999 check character for the first 17 digits. */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/** Why an ID number is unacceptable, or null when it is a well-formed 18-character number. */
export function idNumberProblem(idNumber: string): string | null {
  const id = normaliseIdNumber(idNumber);
  if (!/^\d{17}[\dX]$/.test(id)) return 'ID number must be 17 digits followed by a digit or X';
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  if (month < 1 || month > 12 || day < 1 || day > 31) return 'ID number has an impossible date of birth';
  if (idCheckCharacter(id.slice(0, 17)) !== id[17]) return 'ID number check digit is wrong';
  return null;
}

export function personKey(secret: string, idNumber: string): string {
  return createHmac('sha256', secret).update(normaliseIdNumber(idNumber)).digest('hex');
}

/** First 6 and last 4 characters: `431002********1234`. */
export function maskIdNumber(idNumber: string): string {
  const id = normaliseIdNumber(idNumber);
  return `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`;
}

/** Keeps the surname and masks the given name: `张*` for 张三, `欧阳**` for 欧阳建国. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length === 0) return '';
  if (chars.length === 1) return '*';
  // Two-character compound surnames (欧阳, 司马, ...) keep both: 欧阳** reads as the family.
  const keep = chars.length >= 3 && COMPOUND_SURNAMES.has(chars[0] + chars[1]) ? 2 : 1;
  return chars.slice(0, keep).join('') + '*'.repeat(chars.length - keep);
}

const COMPOUND_SURNAMES = new Set(['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '令狐']);
