import { idCheckCharacter } from '../../lib/person';
import { villagesUnder } from '../../lib/regions/divisions';
import type { Stack } from './stack';
import { signToken } from './tokens';

/**
 * What finance's import tests share, whether rows go as input objects (importLedger,
 * importPayments) or as CSV text (importLedgerCsv, importPaymentsCsv): the county they import
 * into, the mutations, the answer for a new batch, and the totals an import changes.
 */

/** Beihu district, and its villages in code order. */
export const COUNTY = '431002';
export const VILLAGES = villagesUnder(COUNTY).map((v) => v.code);

/** Finance staff of the county, who may import into it. */
export const financeClerk = (sub = 'finance-clerk') => signToken({ role: 'staff', region: COUNTY, dept: 'finance', sub });

const BATCH_FIELDS = 'id batchKey kind rowCount importedBy createdAt';
export const IMPORT_LEDGER = `mutation Import($input: LedgerImportInput!) { importLedger(input: $input) { ${BATCH_FIELDS} } }`;
export const IMPORT_LEDGER_CSV = `mutation ImportCsv($input: LedgerCsvImportInput!) { importLedgerCsv(input: $input) { ${BATCH_FIELDS} } }`;
export const IMPORT_PAYMENTS = `mutation Import($input: PaymentImportInput!) { importPayments(input: $input) { ${BATCH_FIELDS} } }`;
export const IMPORT_PAYMENTS_CSV = `mutation ImportCsv($input: PaymentCsvImportInput!) { importPaymentsCsv(input: $input) { ${BATCH_FIELDS} } }`;

/** The answer for a batch the import created: a new id and creation time, and the given fields. */
export function newBatch(batch: { batchKey: string; kind: 'LEDGER' | 'PAYMENTS'; rowCount: number; importedBy: string }) {
  return {
    id: expect.stringMatching(/^[0-9a-f-]{36}$/),
    ...batch,
    createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
  };
}

/** The extensions.code of each error of an answer. */
export const errorCodes = (body: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => body.errors?.map((e) => e.extensions?.code);

/** CSV text as the tests send it: the header, then the lines, each ended by CRLF. */
export const csvText = (header: string, lines: readonly string[]) => `${header}\r\n${lines.join('\r\n')}\r\n`;

/** How many rows finance's `table` holds. */
export async function financeRowCount(stack: Stack, table: string): Promise<number> {
  return Number((await stack.subgraphs.finance.db.knex(table).count({ n: '*' }))[0].n);
}

const LEVELS = ['village', 'township', 'county', 'city'] as const;

export type LedgerTotals = Record<(typeof LEVELS)[number], { ledgerSummary: { income: string; expenditure: string; balance: string; entryCount: number } }>;

/** The ledger totals over the months from-to of `village` and of the township, county and city it is in. */
export async function ledgerTotals(stack: Stack, village: string, from: string, to: string): Promise<LedgerTotals> {
  const summary = `ledgerSummary(from: "${from}", to: "${to}") { income expenditure balance entryCount }`;
  const codes = [village, village.slice(0, 9), village.slice(0, 6), village.slice(0, 4)];
  const { body } = await stack.query(`{ ${LEVELS.map((level, i) => `${level}: region(code: "${codes[i]}") { ${summary} }`).join(' ')} }`);
  expect(body.errors).toBeUndefined();
  return body.data;
}

const fen = (yuan: string) => Math.round(Number(yuan) * 100);

/** The change between two ledger totals per level: income and expenditure in fen, and entries. */
export function ledgerDelta(before: LedgerTotals, after: LedgerTotals) {
  return Object.fromEntries(
    LEVELS.map((level) => {
      const [b, a] = [before[level].ledgerSummary, after[level].ledgerSummary];
      return [level, { income: fen(a.income) - fen(b.income), expenditure: fen(a.expenditure) - fen(b.expenditure), entries: a.entryCount - b.entryCount }];
    }),
  );
}

/** A well-formed ID number (`first17` and its check character) of a Beihu resident who is not in the demo data. */
export const newIdNumber = (first17: string) => first17 + idCheckCharacter(first17);

/**
 * Two projects of the county that payments imports change: its seeded 2017 DIBAO project, and its
 * 2018 FARMLAND project, which does not exist until a FARMLAND payment of 2018 without a project
 * creates it as the default project.
 */
export async function projectTotals(stack: Stack) {
  const { body } = await stack.query(`{
    current: fundProject(id: "PRJ-431002-2017-DIBAO") { disbursed beneficiaryCount payments { totalCount } }
    next: fundProject(id: "PRJ-431002-2018-FARMLAND") { name allocated disbursed beneficiaryCount status region { code } program { code } }
  }`);
  expect(body.errors).toBeUndefined();
  return body.data;
}

export const SEEDED_PROJECT_TOTALS = { current: { disbursed: '566410.00', beneficiaryCount: 498, payments: { totalCount: 2997 } }, next: null };

/**
 * projectTotals after the first batch of both payments tests: 250.00 of DIBAO in 2017-07 to a
 * resident new to the project, and 1234.50 of FARMLAND in 2018-04 without a project.
 */
export const PROJECT_TOTALS_AFTER_FIRST_BATCH = {
  current: { disbursed: '566660.00', beneficiaryCount: 499, payments: { totalCount: 2998 } },
  next: {
    name: '北湖区2018年耕地地力保护补贴',
    allocated: '0.00',
    disbursed: '1234.50',
    beneficiaryCount: 1,
    status: 'ACTIVE',
    region: { code: COUNTY },
    program: { code: 'FARMLAND' },
  },
};

/** finance's tables an import of payments writes or reads, none of which may hold a raw ID number. */
export const TABLES_WITHOUT_ID_NUMBERS = ['payments', 'people', 'import_batches', 'access_log', 'fund_projects'];
