import { badUserInput } from '../../../../lib/errors';
import { idNumberProblem, maskIdNumber, personKey } from '../../../../lib/person';
import { isRegionCode } from '../../../../lib/region-range';
import { COMPLAINT_CATEGORIES, SUBJECT_TYPES, type ComplaintCategory, type SubjectType } from '../datasources/rows';

/** Limits of what a person may send; each error says which. */
export const CONTENT_MAX = 2000;
export const NOTE_MAX = 500;
export const REPLY_MAX = 5000;
export const DEPARTMENT_MAX = 64;
export const CONTACT_NAME_MAX = 32;
const PHONE_PATTERN = /^[0-9+\- ]{5,20}$/;
const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;

export interface SubmitComplaintFields {
  regionCode: string;
  category: string;
  content: string;
  subjectType?: string | null;
  subjectId?: string | null;
  anonymous: boolean;
  contactName?: string | null;
  contactPhone?: string | null;
  idNumber?: string | null;
  allowPublish?: boolean | null;
  idempotencyKey: string;
}

/** A checked submission: the raw ID number is already replaced by its person key and mask. */
export interface Submission {
  regionCode: string;
  category: ComplaintCategory;
  content: string;
  subject: { type: SubjectType; id: string } | null;
  anonymous: boolean;
  contactName: string | null;
  contactPhone: string | null;
  personKey: string | null;
  maskedIdNumber: string | null;
  allowPublish: boolean;
  idempotencyKey: string;
}

export function characters(text: string): number {
  return Array.from(text).length;
}

/** Trims a required text and checks its length; BAD_USER_INPUT naming the field and its limits. */
export function requiredText(field: string, value: string, max: number): string {
  const text = value.trim();
  if (text === '') throw badUserInput(`${field} must not be empty`, { field });
  if (characters(text) > max) {
    throw badUserInput(`${field} is ${characters(text)} characters long; at most ${max} are allowed`, { field });
  }
  return text;
}

function optionalText(field: string, value: string | null | undefined, max: number): string | null {
  return value === null || value === undefined || value.trim() === '' ? null : requiredText(field, value, max);
}

/** "FundProject", "fund_project" and "FUND_PROJECT" all name the same type. */
export function parseSubjectType(value: string): SubjectType {
  const wanted = value.replace(/_/g, '').toLowerCase();
  const type = SUBJECT_TYPES.find((t) => t.toLowerCase() === wanted);
  if (!type) throw badUserInput(`subjectType must be one of ${SUBJECT_TYPES.join(', ')}; got "${value}"`, { field: 'subjectType' });
  return type;
}

export function checkSubmission(input: SubmitComplaintFields, personKeySecret: string): Submission {
  if (!isRegionCode(input.regionCode)) {
    throw badUserInput(`regionCode must be a division code of 2, 4, 6, 9 or 12 digits; got "${input.regionCode}"`, { field: 'regionCode' });
  }
  if (!(COMPLAINT_CATEGORIES as readonly string[]).includes(input.category)) {
    throw badUserInput(`category must be one of ${COMPLAINT_CATEGORIES.join(', ')}`, { field: 'category' });
  }
  const content = requiredText('content', input.content, CONTENT_MAX);
  if (!IDEMPOTENCY_KEY_PATTERN.test(input.idempotencyKey)) {
    throw badUserInput('idempotencyKey must be 16 to 128 letters, digits, - or _ (a UUID is ideal)', { field: 'idempotencyKey' });
  }
  const subjectType = optionalText('subjectType', input.subjectType, 32);
  const subjectId = optionalText('subjectId', input.subjectId, 64);
  if ((subjectType === null) !== (subjectId === null)) {
    throw badUserInput('subjectType and subjectId go together: give both or neither', { field: subjectType === null ? 'subjectType' : 'subjectId' });
  }
  const subject = subjectType !== null ? { type: parseSubjectType(subjectType), id: subjectId! } : null;

  const contactName = optionalText('contactName', input.contactName, CONTACT_NAME_MAX);
  const contactPhone = optionalText('contactPhone', input.contactPhone, 20);
  const idNumber = optionalText('idNumber', input.idNumber, 18 + 2);
  if (input.anonymous) {
    if (contactName !== null || contactPhone !== null || idNumber !== null) {
      throw badUserInput('An anonymous complaint carries no contact name, phone or ID number; leave them out or set anonymous to false', {
        field: 'anonymous',
      });
    }
  } else {
    if (contactName === null) throw badUserInput('contactName is required for a real-name complaint', { field: 'contactName' });
    if (idNumber === null) throw badUserInput('idNumber is required for a real-name complaint', { field: 'idNumber' });
    const problem = idNumberProblem(idNumber);
    if (problem) throw badUserInput(problem, { field: 'idNumber' });
  }
  if (contactPhone !== null && !PHONE_PATTERN.test(contactPhone)) {
    throw badUserInput('contactPhone must be 5 to 20 digits, spaces, + or -', { field: 'contactPhone' });
  }
  return {
    regionCode: input.regionCode,
    category: input.category as ComplaintCategory,
    content,
    subject,
    anonymous: input.anonymous,
    contactName,
    contactPhone,
    personKey: idNumber === null ? null : personKey(personKeySecret, idNumber),
    maskedIdNumber: idNumber === null ? null : maskIdNumber(idNumber),
    allowPublish: input.allowPublish ?? false,
    idempotencyKey: input.idempotencyKey,
  };
}

/** What makes two submissions the same complaint: everything but the key, with the person key for the ID. */
export function canonicalSubmission(s: Submission): unknown[] {
  return [s.regionCode, s.category, s.content, s.subject?.type ?? null, s.subject?.id ?? null, s.anonymous, s.contactName, s.contactPhone, s.personKey, s.allowPublish];
}
