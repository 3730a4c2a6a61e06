import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { formatFen, MoneyFormatError, parseYuan } from './money';

/**
 * The contract's scalars (domain.md): Money, Date, DateTime and Period.
 * Every subgraph that declares one in its SDL mounts the same implementation from here.
 */

function literalString(ast: ValueNode, scalar: string): string {
  if (ast.kind !== Kind.STRING) {
    throw new GraphQLError(`${scalar} must be given as a string`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return ast.value;
}

function inputError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

export const MoneyScalar: GraphQLScalarType<number, string> = new GraphQLScalarType<number, string>({
  name: 'Money',
  description: 'An amount in yuan as a string with exactly two decimals, e.g. "1234.50"; stored as integer fen.',
  serialize(value) {
    if (typeof value !== 'number' && typeof value !== 'bigint' && typeof value !== 'string') {
      throw new GraphQLError('Money must be a whole number of fen');
    }
    return formatFen(value);
  },
  parseValue(value) {
    if (typeof value !== 'string') throw inputError('Money must be a string such as "1234.50"');
    try {
      return parseYuan(value);
    } catch (e) {
      if (e instanceof MoneyFormatError) throw inputError(e.message);
      throw e;
    }
  },
  parseLiteral(ast): number {
    return MoneyScalar.parseValue(literalString(ast, 'Money'));
  },
});

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * True when text is a real calendar date in YYYY-MM-DD form, from the year 100 on (a Date read
 * the years 0-99 as 1900-1999, so this check has always refused them). Counted without a Date
 * object: an import checks thousands of dates per batch.
 */
export function isValidDate(text: string): boolean {
  const m = DATE_PATTERN.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

const PERIOD_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isValidPeriod(text: string): boolean {
  return PERIOD_PATTERN.test(text);
}

function stringScalar(name: string, description: string, valid: (s: string) => boolean, hint: string) {
  const scalar: GraphQLScalarType<string, string> = new GraphQLScalarType<string, string>({
    name,
    description,
    serialize(value) {
      if (typeof value !== 'string') throw new GraphQLError(`${name} must be a string`);
      return value;
    },
    parseValue(value) {
      if (typeof value !== 'string' || !valid(value)) throw inputError(`${name} must be ${hint}; got ${JSON.stringify(value)}`);
      return value;
    },
    parseLiteral(ast): string {
      return scalar.parseValue(literalString(ast, name));
    },
  });
  return scalar;
}

export const DateScalar = stringScalar('Date', 'A calendar date, YYYY-MM-DD.', isValidDate, 'a date such as "2017-03-31"');

export const PeriodScalar = stringScalar('Period', 'An accounting month, YYYY-MM.', isValidPeriod, 'a month such as "2017-03"');

/** Stores keep UTC times as "YYYY-MM-DD HH:MM:SS[.mmm]"; this is the wire form of them. */
export function toIsoDateTime(value: string | Date): string {
  if (value instanceof Date) return value.toISOString();
  const normalised = value.includes('T') ? value : value.replace(' ', 'T');
  return new Date(normalised.endsWith('Z') ? normalised : `${normalised}Z`).toISOString();
}

/** The store form of an instant: UTC, millisecond precision, no zone suffix (MySQL DATETIME(3)). */
export function toStoreDateTime(date: Date): string {
  return date.toISOString().replace('T', ' ').replace('Z', '');
}

export const DateTimeScalar: GraphQLScalarType<string, string> = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'An instant in ISO 8601, always UTC, e.g. "2017-03-31T08:00:00.000Z".',
  serialize(value) {
    if (typeof value !== 'string' && !(value instanceof Date)) throw new GraphQLError('DateTime must be a string or Date');
    return toIsoDateTime(value);
  },
  parseValue(value) {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value)) || !/Z$|[+-]\d{2}:\d{2}$/.test(value)) {
      throw inputError(`DateTime must be ISO 8601 with a zone, such as "2017-03-31T08:00:00Z"; got ${JSON.stringify(value)}`);
    }
    return new Date(value).toISOString();
  },
  parseLiteral(ast): string {
    return DateTimeScalar.parseValue(literalString(ast, 'DateTime'));
  },
});

/** Resolver map entries for every contract scalar; a subgraph mounts only those its SDL declares. */
export const contractScalars = {
  Money: MoneyScalar,
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Period: PeriodScalar,
};
