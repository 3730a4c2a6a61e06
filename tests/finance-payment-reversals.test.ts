import knexFactory, { type Knex } from 'knex';
import { idCheckCharacter, personKey } from '../lib/person';
import { DIALECTS } from './helpers/databases';
import { startStack, type Stack } from './helpers/stack';
import { signToken, TEST_PERSON_KEY_SECRET } from './helpers/tokens';

const VILLAGE = '431002001001';
const OTHER_VILLAGE = '431002001002';
const PROJECT = 'PRJ-431002-2017-DIBAO';

/** A well-formed ID number of a Beihu resident who is not in the demo data, numbered by `n`. */
function idNumber(n: number): string {
  const first17 = `43100219800101${String(n).padStart(3, '0')}`;
  return first17 + idCheckCharacter(first17);
}

const IMPORT = `mutation Import($input: PaymentImportInput!) {
  importPayments(input: $input) { id batchKey rowCount }
}`;
const TOTALS = `{ fundProject(id: "${PROJECT}") { disbursed beneficiaryCount payments { totalCount } } }`;

/** A DIBAO payment of November 2017 in VILLAGE to resident `n`, as an import row. */
const payment = (n: number, amount = '300.00', extra: Record<string, string> = {}) => ({
  programCode: 'DIBAO',
  villageCode: VILLAGE,
  recipientName: `冲正${n}`,
  recipientIdNumber: idNumber(n),
  amount,
  period: '2017-11',
  paidAt: '2017-11-10',
  ...extra,
});

describe.each(DIALECTS)('payment reversals through the gateway (%s)', (dialect) => {
  let stack: Stack;
  let staff: string;
  beforeAll(async () => {
    stack = await startStack(dialect);
    staff = await signToken({ role: 'staff', region: '431002', dept: 'finance', sub: 'beihu-finance-1' });
  });
  afterAll(() => stack?.stop());

  const knex = () => stack.subgraphs.finance.db.knex;
  const importAs = (batchKey: string, payments: unknown[]) => stack.query(IMPORT, { input: { batchKey, payments } }, { token: staff });
  const totals = async () => (await stack.query(TOTALS)).body.data.fundProject;
  /** The id of resident n's only (or first) payment, by the person key the import stored. */
  const paymentIdOf = async (n: number) =>
    ((await knex()('payments').where({ person_key: personKey(TEST_PERSON_KEY_SECRET, idNumber(n)) }).orderBy('id').first()) as { id: string }).id;
  const reversalsOf = async (id: string) => Number((await knex()('payments').where({ reversal_of: id }).count({ n: '*' }))[0].n);
  const imported = async (batchKey: string, payments: unknown[]) => {
    const { body } = await importAs(batchKey, payments);
    expect(body.errors).toBeUndefined();
  };

  it('stores a reversal negated, links it both ways, and nets it out of the project totals', async () => {
    expect(await totals()).toEqual({ disbursed: '566410.00', beneficiaryCount: 498, payments: { totalCount: 2997 } });
    // Resident 1 is paid once, resident 2 twice (November and December).
    await imported('originals-1', [payment(1), payment(2, '120.50'), payment(2, '120.50', { period: '2017-12', paidAt: '2017-12-10' })]);
    expect(await totals()).toEqual({ disbursed: '566951.00', beneficiaryCount: 500, payments: { totalCount: 3000 } });
    const first = await paymentIdOf(1);
    const second = await paymentIdOf(2);

    const reversal = await importAs('reversals-1', [
      payment(1, '300.00', { paidAt: '2017-11-20', reversalOf: first }),
      payment(2, '120.50', { paidAt: '2017-11-21', reversalOf: ` ${second} ` }),
    ]);
    expect(reversal.body.errors).toBeUndefined();
    expect(reversal.body.data.importPayments).toMatchObject({ batchKey: 'reversals-1', rowCount: 2 });
    // Resident 1 no longer counts (nothing net), resident 2 does (December stands).
    expect(await totals()).toEqual({ disbursed: '566530.50', beneficiaryCount: 499, payments: { totalCount: 3002 } });

    const stored = await knex()('payments').whereIn('reversal_of', [first, second]).orderBy('amount').select('amount', 'status', 'reversal_of', 'paid_at', 'project_id');
    expect(stored).toEqual([
      { amount: -30000, status: 'REVERSAL', reversal_of: first, paid_at: '2017-11-20', project_id: PROJECT },
      { amount: -12050, status: 'REVERSAL', reversal_of: second, paid_at: '2017-11-21', project_id: PROJECT },
    ]);
    const reversalId = ((await knex()('payments').where({ reversal_of: first }).first()) as { id: string }).id;

    const links = `query Links($a: ID!, $b: ID!) {
      original: payment(id: $a) { id amount status reversalOf { id } reversedBy { id amount status paidAt reversalOf { id } reversedBy { id } } }
      reversal: payment(id: $b) { reversalOf { id reversedBy { id } } }
    }`;
    expect((await stack.query(links, { a: first, b: reversalId })).body).toEqual({
      data: {
        original: {
          id: first,
          amount: '300.00',
          status: 'PAID',
          reversalOf: null,
          reversedBy: { id: reversalId, amount: '-300.00', status: 'REVERSAL', paidAt: '2017-11-20', reversalOf: { id: first }, reversedBy: null },
        },
        reversal: { reversalOf: { id: first, reversedBy: { id: reversalId } } },
      },
    });

    const mine = await stack.query('query Mine($id: String!) { mySubsidies(idNumber: $id, name: "冲正1") { amount status paidAt } }', { id: idNumber(1) });
    expect(mine.body.data.mySubsidies).toEqual([
      { amount: '300.00', status: 'PAID', paidAt: '2017-11-10' },
      { amount: '-300.00', status: 'REVERSAL', paidAt: '2017-11-20' },
    ]);

    // The same batch again is the first one: nothing is reversed twice.
    const again = await importAs('reversals-1', [
      payment(1, '300.00', { paidAt: '2017-11-20', reversalOf: first }),
      payment(2, '120.50', { paidAt: '2017-11-21', reversalOf: second }),
    ]);
    expect(again.body).toEqual(reversal.body);
    expect([await reversalsOf(first), await reversalsOf(second)]).toEqual([1, 1]);
  });

  it('loads reversedBy for a whole page in one statement', async () => {
    const page = (fields: string) => `{ payments(regionCode: "${VILLAGE}", period: "2017-11", programCode: "DIBAO", first: 100) { edges { node { id ${fields} } } } }`;
    await stack.query(page(''));
    const before = stack.statements().finance;
    const plain = await stack.query(page(''));
    const plainStatements = stack.statements().finance - before;
    const withLinks = await stack.query(page('reversedBy { id }'));
    const linkStatements = stack.statements().finance - before - plainStatements;
    const nodes = withLinks.body.data.payments.edges.map((e: { node: { id: string; reversedBy: { id: string } | null } }) => e.node);
    expect(nodes.length).toBe(plain.body.data.payments.edges.length);
    expect(nodes.filter((n: { reversedBy: unknown }) => n.reversedBy !== null)).toHaveLength(2);
    expect(linkStatements - plainStatements).toBe(1);
  });

  it('refuses every reversal that does not cancel one unreversed payment exactly, and writes nothing', async () => {
    // Residents 10-16: one payment each; resident 15's is booked to the 2018 project.
    await imported('setup-2018', [payment(9, '50.00', { period: '2018-01', paidAt: '2018-01-10' })]);
    await imported('originals-2', [10, 11, 12, 13, 14, 16].map((n) => payment(n)).concat(payment(15, '300.00', { projectId: 'PRJ-431002-2018-DIBAO' })));
    const [p10, p11, p12, p13, p14, p15, p16] = await Promise.all([10, 11, 12, 13, 14, 15, 16].map(paymentIdOf));
    const first = await paymentIdOf(1);
    const firstReversal = ((await knex()('payments').where({ reversal_of: first }).first()) as { id: string }).id;
    const before = await totals();
    const count = Number((await knex()('payments').count({ n: '*' }))[0].n);

    const { body } = await importAs('bad-reversals', [
      payment(10, '300.00', { reversalOf: 'PAY-NOPE' }),
      payment(1, '300.00', { reversalOf: firstReversal }),
      payment(1, '300.00', { reversalOf: first }),
      payment(10, '300.00', { reversalOf: p10 }),
      payment(10, '300.00', { reversalOf: p10 }),
      payment(11, '300.00', { programCode: 'TEKUN', reversalOf: p11 }),
      payment(12, '300.00', { villageCode: OTHER_VILLAGE, reversalOf: p12 }),
      payment(99, '300.00', { recipientName: '冲正13', reversalOf: p13 }),
      payment(14, '300.00', { period: '2017-12', reversalOf: p14 }),
      payment(15, '300.00', { reversalOf: p15 }),
      payment(16, '299.99', { reversalOf: p16 }),
    ]);
    expect(body.data).toBeNull();
    expect(body.errors?.[0].message).toBe('Batch "bad-reversals" was refused: 10 invalid row(s); nothing was written');
    expect(body.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      rows: [
        { index: 0, reason: 'reversalOf "PAY-NOPE" is not a payment' },
        { index: 1, reason: `reversalOf "${firstReversal}" is itself a reversal; import a new payment instead` },
        { index: 2, reason: `payment "${first}" has already been reversed` },
        { index: 4, reason: `payment "${p10}" is already reversed by row 3 of this batch` },
        { index: 5, reason: `payment "${p11}" was paid by DIBAO, not TEKUN` },
        { index: 6, reason: `payment "${p12}" was paid in village ${VILLAGE}, not ${OTHER_VILLAGE}` },
        { index: 7, reason: `payment "${p13}" was paid to another person` },
        { index: 8, reason: `payment "${p14}" is for 2017-11, not 2017-12` },
        { index: 9, reason: `payment "${p15}" belongs to project PRJ-431002-2018-DIBAO, not ${PROJECT}` },
        { index: 10, reason: `a reversal repeats the amount of payment "${p16}"` },
      ],
      serviceName: 'finance',
    });
    expect(Number((await knex()('payments').count({ n: '*' }))[0].n)).toBe(count);
    expect(await totals()).toEqual(before);
  });

  it('refuses a second reversal of a payment in a later batch, and in a concurrent one', async () => {
    await imported('originals-3', [payment(20), payment(21)]);
    const [p20, p21] = await Promise.all([paymentIdOf(20), paymentIdOf(21)]);
    await imported('reverse-20', [payment(20, '300.00', { reversalOf: p20 })]);
    const later = await importAs('reverse-20-again', [payment(20, '300.00', { reversalOf: p20 })]);
    expect(later.body.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      rows: [{ index: 0, reason: `payment "${p20}" has already been reversed` }],
      serviceName: 'finance',
    });

    const before = await totals();
    const results = await Promise.all(['race-a', 'race-b'].map((key) => importAs(key, [payment(21, '300.00', { reversalOf: p21 })])));
    const refused = results.filter((r) => r.body.errors);
    expect(refused).toHaveLength(1);
    const [error] = refused[0].body.errors!;
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    // Which check catches the loser depends on timing: the validation or the unique index.
    expect(error.message).toMatch(/^(Batch "race-[ab]" was refused: 1 invalid row\(s\)|A payment this batch reverses was reversed by another import a moment ago)/);
    expect(await reversalsOf(p21)).toBe(1);
    expect(await totals()).toEqual({
      disbursed: (Number(before.disbursed) - 300).toFixed(2),
      beneficiaryCount: before.beneficiaryCount - 1,
      payments: { totalCount: before.payments.totalCount + 1 },
    });
  });

  if (dialect === 'mysql') {
    it('turns the unique index refusing a reversal validated beside another into BAD_USER_INPUT', async () => {
      await imported('originals-4', [payment(30)]);
      const p30 = await paymentIdOf(30);
      // A second connection plays the concurrent batch: its reversal is inserted, not committed.
      const other: Knex = knexFactory({ client: 'mysql2', connection: knex().client.config.connection, pool: { min: 0, max: 2 } });
      const trx = await other.transaction();
      try {
        const row = (await knex()('payments').where({ id: p30 }).first()) as Record<string, unknown>;
        await trx('payments').insert({ ...row, id: `${p30}-R`, amount: -30000, status: 'REVERSAL', reversal_of: p30, batch_id: null });
        // The import's INSERT of payments is about to be sent (knex's query event), so validation
        // is done and did not see the uncommitted row. Committing now, the INSERT either waits
        // on the key and then fails on it, or fails on it at once: the same refusal either way,
        // with no timing to wait for (this used to poll information_schema for the lock wait).
        const inserting = new Promise<void>((resolve) => {
          const listen = (query: { sql: string }) => {
            if (!/^insert into `payments`/.test(query.sql)) return;
            knex().removeListener('query', listen);
            resolve();
          };
          knex().on('query', listen);
        });
        const result = importAs('reverse-30', [payment(30, '300.00', { reversalOf: p30 })]);
        await inserting;
        await trx.commit();
        const { body } = await result;
        expect(body.data).toBeNull();
        expect(body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
          ['BAD_USER_INPUT', 'A payment this batch reverses was reversed by another import a moment ago; nothing was written. Check the payment, then retry'],
        ]);
        expect(await reversalsOf(p30)).toBe(1);
        expect(await knex()('import_batches').where({ batch_key: 'reverse-30' }).first()).toBeUndefined();
      } finally {
        if (!trx.isCompleted()) await trx.rollback();
        await other.destroy();
      }
    });
  }
});
