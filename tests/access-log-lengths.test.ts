import { SignJWT } from 'jose';
import { ACCESS_LOG_TEXT_LENGTH, logAccess } from '../lib/access-log';
import { DIALECTS } from './helpers/databases';
import { startStack, type Stack } from './helpers/stack';
import { signToken, TEST_JWT_SECRET } from './helpers/tokens';

const PAYMENTS = `query P($region: ID!, $program: ID) { payments(regionCode: $region, programCode: $program, first: 1) { totalCount } }`;
const PROGRAM_MESSAGE =
  'programCode must be a code of the programme catalogue (fundPrograms), such as "DIBAO": 1 to 16 capital letters, digits or _; got ';

/** A token with any roles list and sub (signToken takes one role). */
async function rawToken(sub: string, roles: string[]): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ roles, region: '4310', dept: 'audit' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setExpirationTime(now + 600)
    .sign(new TextEncoder().encode(TEST_JWT_SECRET));
}

/**
 * Every access-log write fits its columns whatever the caller sends: on MariaDB (strict mode) an
 * overlong value used to fail the insert and with it the read (INTERNAL_SERVER_ERROR), while
 * SQLite stored it. Inputs that reach a logged subject are checked first, a token's sub is
 * bounded, and the log itself fits what is left.
 */
describe.each(DIALECTS)('access-log writes and input lengths (%s)', (dialect) => {
  let stack: Stack;
  let auditor: string;
  beforeAll(async () => {
    stack = await startStack(dialect);
    auditor = await signToken({ role: 'auditor', region: '4310', dept: 'audit', sub: 'auditor-len' });
  });
  afterAll(() => stack?.stop());

  const financeLog = (where: Record<string, string>) =>
    stack.subgraphs.finance.db.knex('access_log').where(where).orderBy(['at', 'subject']).select('actor_sub', 'actor_roles', 'subject');

  it('refuses a programCode of 200 characters with BAD_USER_INPUT and logs nothing', async () => {
    const res = await stack.query(PAYMENTS, { region: '4310', program: 'A'.repeat(200) }, { token: auditor });
    expect(res.status).toBe(200);
    expect(res.body.data).toBeNull();
    expect(res.body.errors).toEqual([
      expect.objectContaining({ message: `${PROGRAM_MESSAGE}"AAAAAAAAAAAAAAAAAAAA..." (200 characters)`, extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    ]);
    expect(await financeLog({ actor_sub: 'auditor-len' })).toEqual([]);
  });

  it.each([['dibao'], ['DI BAO'], [''], ['ABCDEFGHIJKLMNOPQ']])('refuses programCode %j', async (program) => {
    const res = await stack.query(PAYMENTS, { region: '4310', program }, { token: auditor });
    expect(res.body.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([[`${PROGRAM_MESSAGE}"${program}"`, 'BAD_USER_INPUT']]);
  });

  it('still filters by a catalogue code and by an unknown well-formed one, each read logged', async () => {
    const sub = 'auditor-codes';
    const token = await signToken({ role: 'auditor', region: '4310', dept: 'audit', sub });
    const known = await stack.query(PAYMENTS, { region: '431002001001', program: 'DIBAO' }, { token });
    const unknown = await stack.query(PAYMENTS, { region: '431002001001', program: 'NOSUCH16CHARCODE' }, { token });
    expect(known.body.errors).toBeUndefined();
    expect(known.body.data.payments.totalCount).toBeGreaterThan(0);
    expect(unknown.body).toEqual({ data: { payments: { totalCount: 0 } } });
    expect(await financeLog({ actor_sub: sub })).toEqual([
      { actor_sub: sub, actor_roles: 'auditor', subject: '431002001001 DIBAO *' },
      { actor_sub: sub, actor_roles: 'auditor', subject: '431002001001 NOSUCH16CHARCODE *' },
    ]);
  });

  it('refuses a token whose sub is longer than 128 characters with 401 UNAUTHENTICATED', async () => {
    const res = await stack.query(PAYMENTS, { region: '4310' }, { token: await rawToken('u'.repeat(129), ['auditor']) });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({
      errors: [
        {
          message: "The token's subject (sub) is longer than 128 characters; ask for a token with a shorter account id",
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    });
  });

  it('accepts a sub of exactly 128 characters (multi-byte included) and logs it whole, with each role once', async () => {
    const sub = '审'.repeat(28) + 's'.repeat(100);
    const token = await rawToken(sub, Array.from({ length: 40 }, () => 'auditor'));
    const res = await stack.query(PAYMENTS, { region: '431002001001', program: 'TEKUN' }, { token });
    expect(res.body.errors).toBeUndefined();
    expect(await financeLog({ actor_sub: sub })).toEqual([{ actor_sub: sub, actor_roles: 'auditor', subject: '431002001001 TEKUN *' }]);
  });

  it("refuses an admin's officials(regionCode) that is not a division code, before logging", async () => {
    const admin = await signToken({ role: 'admin', region: '43', sub: 'admin-len' });
    const res = await stack.query(`{ officials(regionCode: "${'43'.repeat(100)}") { totalCount } }`, {}, { token: admin });
    expect(res.body.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['regionCode must be a division code of 2, 4, 6, 9 or 12 digits, such as "4310"', 'BAD_USER_INPUT'],
    ]);
    expect(await stack.subgraphs['party-affairs'].db.knex('access_log').where({ actor_sub: 'admin-len' }).count({ n: '*' })).toEqual([{ n: 0 }]);
  });

  it('refuses a Person reference whose key is not a person key, sent to party-affairs directly', async () => {
    const res = await stack.subgraphs['party-affairs'].query(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { officialRoles { kind } } } }`,
      { r: [{ __typename: 'Person', personKey: 'k'.repeat(300) }] },
      { token: auditor },
    );
    expect(res.body.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([
      ['personKey must be 64 lowercase hexadecimal digits (HMAC-SHA256 of an ID number)', 'BAD_USER_INPUT'],
    ]);
    expect(await stack.subgraphs['party-affairs'].db.knex('access_log').where({ actor_sub: 'auditor-len' }).count({ n: '*' })).toEqual([{ n: 0 }]);
  });

  it('writes a row for a subject and sub longer than the columns: their start and a SHA-256 tag', async () => {
    const { knex } = stack.subgraphs.complaints.db;
    const principal = { kind: 'user' as const, sub: 'x'.repeat(300), name: null, roles: ['service' as const], dept: null, region: '43' };
    await logAccess(knex, { principal, requestId: 'req-long' }, 'test.long', { subject: 'y'.repeat(300), region: '431002' });
    const [row] = await knex('access_log').where({ request_id: 'req-long' }).select('actor_sub', 'subject');
    expect(row).toEqual({ actor_sub: `${'x'.repeat(111)}#0d4e2ca9e9cbced7`, subject: `${'y'.repeat(111)}#9637cfead94a85e0` });
    expect(row.subject).toHaveLength(ACCESS_LOG_TEXT_LENGTH);
  });
});
