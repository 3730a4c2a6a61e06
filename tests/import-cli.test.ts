import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoPeople } from '../lib/demo/people';
import { personKey } from '../lib/person';
import { PROJECT_ROOT } from '../lib/paths';
import { villagesUnder } from '../lib/regions/divisions';
import { DIALECTS } from './helpers/databases';
import { financeRowCount } from './helpers/finance-imports';
import { startStack, type Stack } from './helpers/stack';
import { signToken, TEST_PERSON_KEY_SECRET } from './helpers/tokens';

const COUNTY = '431002';
const [A, B, C, D] = villagesUnder(COUNTY).map((v) => v.code);
const TOWNSHIP = A.slice(0, 9);

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npm run import -- ...` as a provincial system would: a separate process. */
function runCli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', join(PROJECT_ROOT, 'scripts', 'import.ts'), ...args],
      { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, timeout: 90_000 },
      (err, stdout, stderr) => resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const HEADER = 'regionCode,period,date,direction,category,amount,summary,fundSource,counterparty,voucherNo';

/** 23 rows: alternating villages, a quoted summary with a comma, empty optional cells. */
function ledgerCsv(): { text: string; incomeFen: number; expenditureFen: number } {
  const lines = [HEADER];
  let incomeFen = 0;
  let expenditureFen = 0;
  for (let i = 0; i < 23; i++) {
    const income = i % 3 !== 0;
    const fen = 10_000 + i * 101;
    if (income) incomeFen += fen;
    else expenditureFen += fen;
    const day = String(1 + (i % 28)).padStart(2, '0');
    lines.push(
      [
        i % 2 ? B : A,
        '2017-07',
        `2017-07-${day}`,
        income ? 'INCOME' : 'EXPENDITURE',
        income ? 'CONTRACTING' : 'PUBLIC_WELFARE',
        (fen / 100).toFixed(2),
        i === 4 ? '"鱼塘发包收入, 第二期"' : `七月第${i + 1}笔`,
        i % 4 ? '村集体资产' : '',
        '',
        `记-2017-07-${String(i + 1).padStart(3, '0')}`,
      ].join(','),
    );
  }
  return { text: `${lines.join('\r\n')}\r\n`, incomeFen, expenditureFen };
}

describe.each(DIALECTS)('npm run import against a running stack (%s)', (dialect) => {
  let stack: Stack;
  let dir: string;
  let clerk: string;
  beforeAll(async () => {
    stack = await startStack(dialect);
    dir = mkdtempSync(join(tmpdir(), 'import-cli-'));
    clerk = await signToken({ role: 'staff', region: COUNTY, dept: 'finance', sub: 'county-clerk' });
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await stack?.stop();
  });

  const township = async () => {
    const { body } = await stack.query(`{ region(code: "${TOWNSHIP}") { ledgerSummary(from: "2017-07", to: "2017-07") { income expenditure entryCount } } }`);
    return body.data.region.ledgerSummary;
  };
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('imports a ledger CSV in batches with progress and a summary, then resumes without doubling', async () => {
    const csv = ledgerCsv();
    const path = file('july.csv', csv.text);
    // One lane: the file cut into consecutive batches, as before --concurrency existed.
    const args = ['ledger', path, '--url', stack.gatewayUrl, '--batch-size', '10', '--concurrency', '1'];
    const first = await runCli(args, { SUPERVISION_TOKEN: clerk });
    expect(first.stderr).toContain(`[${'#'.repeat(30)}] 23/23 rows (100%) 3/3 batches`);
    expect(first.stdout).toBe(`Imported ${path} (ledger): 23 rows in 3 batch(es); 3 new, 0 already imported by an earlier run.\n`);
    expect(first.code).toBe(0);
    const yuan = (fen: number) => (fen / 100).toFixed(2);
    expect(await township()).toEqual({ income: yuan(csv.incomeFen), expenditure: yuan(csv.expenditureFen), entryCount: 23 });

    const again = await runCli([...args.slice(0, 4), '--token', clerk, '--batch-size=10', '--concurrency=1']);
    expect(again.stdout).toBe(`Imported ${path} (ledger): 23 rows in 3 batch(es); 0 new, 3 already imported by an earlier run.\n`);
    expect(again.code).toBe(0);
    expect(await township()).toEqual({ income: yuan(csv.incomeFen), expenditure: yuan(csv.expenditureFen), entryCount: 23 });

    const otherSize = await runCli(['ledger', path, '--url', stack.gatewayUrl, '--batch-size', '7', '--concurrency', '1', '--token', clerk]);
    expect(otherSize.code).toBe(1);
    expect(otherSize.stderr).toContain('Batch 1 (lines 2-8) was refused:\nIMPORT_CONFLICT');
    expect(otherSize.stderr).toContain('run it again with the same --batch-size');
    expect((await township()).entryCount).toBe(23);
  });

  it('lists every malformed line of a file and sends nothing', async () => {
    const path = file(
      'bad.csv',
      [HEADER, `${A},2017-13,2017-07-01,INCOME,OTHER,1.00,利息,,,`, `${A},2017-07,2017-07-01,IN,OTHER,1.005,利息,,,`, `${A},2017-07,2017-07-01,INCOME,OTHER,1.00,,,,`].join('\n'),
    );
    const run = await runCli(['ledger', path, '--url', stack.gatewayUrl, '--token', clerk]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      [
        `3 line(s) of ${path} are not valid; nothing was sent:`,
        'line 2: period "2017-13" is not a month such as 2017-03',
        'line 3: amount "1.005" is not a positive amount of yuan with at most two decimals, such as 1234.50; direction "IN" is not INCOME or EXPENDITURE',
        'line 4: summary is empty',
      ].join('\n'),
    );
    expect((await township()).entryCount).toBe(23);
  });

  it('refuses a header with a column missing, unknown or named twice, in the words of the mutations, and sends nothing', async () => {
    const batches = () => financeRowCount(stack, 'import_batches');
    const batchesBefore = await batches();
    const ledger = file('bad-header.csv', ['regionCode,period,date,direction,category,amount,memo,date', `${A},2017-07,2017-07-01,INCOME,OTHER,1.00,利息,2017-07-01`].join('\n'));
    const run = await runCli(['ledger', ledger, '--url', stack.gatewayUrl, '--token', clerk]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'The header (first line) of a ledger CSV must name the columns regionCode,period,date,direction,category,amount,summary,fundSource,counterparty,voucherNo,reversalOf (the last 4 optional); missing column(s): summary; unknown column(s): memo; column(s) named twice: date\n',
    );
    const person = demoPeople(A)[4];
    const payments = file(
      'twice.csv',
      ['programCode,villageCode,recipientName,recipientIdNumber,amount,period,paidAt,amount', `DIBAO,${A},${person.name},${person.idNumber},260.00,2017-07,2017-07-10,260.00`].join('\n'),
    );
    const twice = await runCli(['payments', payments, '--url', stack.gatewayUrl, '--token', clerk]);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toBe(
      'The header (first line) of a payments CSV must name the columns programCode,villageCode,recipientName,recipientIdNumber,amount,period,paidAt,projectId,reversalOf (the last 2 optional); column(s) named twice: amount\n',
    );
    expect((await township()).entryCount).toBe(23);
    expect(await batches()).toBe(batchesBefore);
  });

  it("names the lines the server refused, by the file's line numbers", async () => {
    const path = file('unknown.csv', [HEADER, `${A},2017-07,2017-07-02,INCOME,OTHER,5.00,利息,,,`, `431002999999,2017-07,2017-07-02,INCOME,OTHER,5.00,利息,,,`].join('\n'));
    const run = await runCli(['ledger', path, '--url', stack.gatewayUrl, '--token', clerk]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Batch 1 (lines 2-3) was refused:\nline 3: regionCode 431002999999 is not a known region\nNothing was imported.');
    const anonymous = await runCli(['ledger', path, '--url', stack.gatewayUrl], { SUPERVISION_TOKEN: '' });
    expect(anonymous.code).toBe(1);
    expect(anonymous.stderr).toContain('UNAUTHENTICATED');
    expect((await township()).entryCount).toBe(23);
  });

  it("sends lanes of villages side by side, and each village's entries reach its chain in file order", async () => {
    // Of 4 lanes, A (…001001) is in lane 1, B (…001002) in 0, C (…001003) in 3, D (…001004) in 2.
    const villages = [A, B, C, D];
    const lines = Array.from({ length: 24 }, (_, i) => `${villages[i % 4]},2017-08,2017-08-${String(1 + i).padStart(2, '0')},INCOME,OTHER,1.00,八月第${i + 1}笔,,,`);
    const path = file('august.csv', [HEADER, ...lines].join('\n'));
    const args = ['ledger', path, '--url', stack.gatewayUrl, '--token', clerk, '--batch-size', '2', '--concurrency', '4'];
    const run = await runCli(args);
    expect(run.stdout).toBe(`Imported ${path} (ledger): 24 rows in 12 batch(es); 12 new, 0 already imported by an earlier run.\n`);
    expect(run.code).toBe(0);
    for (const [v, village] of villages.entries()) {
      const { body } = await stack.query(
        `{ ledgerEntries(regionCode: "${village}", from: "2017-08", to: "2017-08", first: 10) { edges { node { summary } } } }`,
        {},
        { token: clerk },
      );
      expect(body.data.ledgerEntries.edges.map((e: { node: { summary: string } }) => e.node.summary)).toEqual(
        [0, 1, 2, 3, 4, 5].map((k) => `八月第${v + 1 + 4 * k}笔`),
      );
    }
    const { body } = await stack.query(`{ verifyLedger(regionCode: "${TOWNSHIP}") { ok problem } }`, {}, { token: clerk });
    expect(body.data.verifyLedger).toEqual({ ok: true, problem: null });

    const again = await runCli(args);
    expect(again.stdout).toBe(`Imported ${path} (ledger): 24 rows in 12 batch(es); 0 new, 12 already imported by an earlier run.\n`);
  });

  it('on a refused batch stops every lane, counts the rows imported exactly, and writes the rest in file order', async () => {
    // Lane 0 holds B's rows (batch 1, imported); lane 1 holds A's and the unknown village's (batch 2, refused).
    const rows = [
      `${A},2017-09,2017-09-01,INCOME,OTHER,1.00,九月第1笔,,,`,
      `${B},2017-09,2017-09-01,INCOME,OTHER,2.00,九月第2笔,,,`,
      `431002999991,2017-09,2017-09-02,INCOME,OTHER,3.00,"未知, 村",,,`,
      `${B},2017-09,2017-09-02,INCOME,OTHER,4.00,九月第4笔,,,`,
      `${A},2017-09,2017-09-03,INCOME,OTHER,5.00,九月第5笔,,,`,
    ];
    const path = file('september.csv', [HEADER, ...rows].join('\n'));
    const run = await runCli(['ledger', path, '--url', stack.gatewayUrl, '--token', clerk, '--concurrency', '4']);
    expect(run.code).toBe(1);
    const rest = join(dir, 'september.not-imported.csv');
    expect(run.stderr).toContain(
      [
        'Batch 2 (lines 2-6) was refused:',
        'line 4: regionCode 431002999991 is not a known region',
        `2 rows in 1 batch(es) were imported (1 new, 0 by an earlier run). The other 3 rows were not; they are in ${rest} (in file order): correct the lines named above there and import that file.`,
      ].join('\n'),
    );
    expect(readFileSync(rest, 'utf8')).toBe([HEADER, rows[0], rows[2], rows[4], ''].join('\n'));
    const { body } = await stack.query(`{ region(code: "${B}") { ledgerSummary(from: "2017-09", to: "2017-09") { income entryCount } } }`);
    expect(body.data.region.ledgerSummary).toEqual({ income: '6.00', entryCount: 2 });
    const { body: a } = await stack.query(`{ region(code: "${A}") { ledgerSummary(from: "2017-09", to: "2017-09") { entryCount } } }`);
    expect(a.data.region.ledgerSummary).toEqual({ entryCount: 0 });
  });

  it('imports a payments CSV through importPaymentsCsv', async () => {
    const people = demoPeople(A).slice(0, 3);
    const path = file(
      'payments.csv',
      [
        'programCode,villageCode,recipientName,recipientIdNumber,amount,period,paidAt,projectId',
        ...people.map((p) => `DIBAO,${A},${p.name},${p.idNumber},260.00,2017-07,2017-07-10,`),
      ].join('\n'),
    );
    const run = await runCli(['payments', path, '--url', stack.gatewayUrl, '--token', clerk]);
    expect(run.stdout).toBe(`Imported ${path} (payments): 3 rows in 1 batch(es); 1 new, 0 already imported by an earlier run.\n`);
    expect(run.code).toBe(0);
    const auditor = await signToken({ role: 'auditor', region: COUNTY, dept: 'audit' });
    const { body } = await stack.query(`{ payments(regionCode: "${A}", period: "2017-07", programCode: "DIBAO") { totalCount } }`, {}, { token: auditor });
    expect(body.data.payments.totalCount).toBe(3);
  });

  it('reverses a payment from the reversalOf column of a payments CSV', async () => {
    const person = demoPeople(A)[3];
    const header = 'programCode,villageCode,recipientName,recipientIdNumber,amount,period,paidAt,projectId,reversalOf';
    const line = (paidAt: string, reversalOf: string) => `DIBAO,${A},${person.name},${person.idNumber},260.00,2018-08,${paidAt},,${reversalOf}`;
    const original = file('august.csv', [header, line('2018-08-10', '')].join('\n'));
    expect((await runCli(['payments', original, '--url', stack.gatewayUrl, '--token', clerk])).code).toBe(0);
    const knex = stack.subgraphs.finance.db.knex;
    const personPayments = () =>
      knex('payments').where({ person_key: personKey(TEST_PERSON_KEY_SECRET, person.idNumber), period: '2018-08' }).orderBy('amount').select('id', 'amount', 'status', 'reversal_of');
    const [paid] = await personPayments();

    const reversal = file('august-reversal.csv', [header, line('2018-08-20', paid.id)].join('\n'));
    const run = await runCli(['payments', reversal, '--url', stack.gatewayUrl, '--token', clerk]);
    expect(run.stdout).toBe(`Imported ${reversal} (payments): 1 rows in 1 batch(es); 1 new, 0 already imported by an earlier run.\n`);
    expect(run.code).toBe(0);
    expect((await personPayments()).map(({ amount, status, reversal_of }) => ({ amount, status, reversal_of }))).toEqual([
      { amount: -26000, status: 'REVERSAL', reversal_of: paid.id },
      { amount: 26000, status: 'PAID', reversal_of: null },
    ]);
    const { body } = await stack.query(`{ fundProject(id: "PRJ-${COUNTY}-2018-DIBAO") { disbursed beneficiaryCount } }`);
    expect(body.data.fundProject).toEqual({ disbursed: '0.00', beneficiaryCount: 0 });
  });
});
