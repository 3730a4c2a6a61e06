import { regionRange } from '../lib/region-range';
import { DIALECTS } from './helpers/databases';
import { startStack, type Stack } from './helpers/stack';
import { signToken } from './helpers/tokens';

/**
 * The rows of security.md's role table that differed from the code: staff write their own
 * department's records (audit: findings), and integration clients read as staff. Each role
 * through the gateway, inside and outside its region.
 */

const COUNTY = '431002';
const OTHER_COUNTY = '431021';
const errorsOf = (body: { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }) =>
  (body.errors ?? []).map((e) => [e.extensions?.code, e.message]);

describe.each(DIALECTS)('role table: audit staff and integration clients (%s)', (dialect) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(dialect);
  });
  afterAll(() => stack?.stop());

  describe('recordFinding', () => {
    const RECORD = `mutation Record($input: RecordFindingInput!) { recordFinding(input: $input) { id status questionedAmount recordedBy project { id } subject { ... on FundProject { id } } } }`;
    const input = (regionCode = COUNTY) => ({
      projectId: `AP-${COUNTY}-1`,
      regionCode,
      subjectType: 'FUND_PROJECT',
      subjectId: `PRJ-${COUNTY}-2017-FARMLAND`,
      type: 'FUND_MISAPPROPRIATION',
      severity: 'MEDIUM',
      criteria: '专款专用',
      condition: '耕地地力补贴发放给非耕种人员',
      questionedAmount: '3000.00',
    });
    const findingCount = async () =>
      Number((await stack.subgraphs.audit.db.knex('findings').where({ region_code: COUNTY }).count({ n: '*' }))[0].n);

    it('lets staff of the audit department record a finding in their region', async () => {
      const token = await signToken({ role: 'staff', region: COUNTY, dept: 'audit', sub: 'audit-staff-1' });
      const before = await findingCount();
      const res = await stack.query(RECORD, { input: input() }, { token });
      expect(res.body.errors).toBeUndefined();
      const year = new Date().getUTCFullYear();
      expect(res.body.data.recordFinding).toEqual({
        id: `FND-${COUNTY}-${year}-0001`,
        status: 'OPEN',
        questionedAmount: '3000.00',
        recordedBy: 'audit-staff-1',
        project: { id: `AP-${COUNTY}-1` },
        subject: { id: `PRJ-${COUNTY}-2017-FARMLAND` },
      });
      expect(await findingCount()).toBe(before + 1);
    });

    it.each([
      ['audit staff of another county', { role: 'staff', region: OTHER_COUNTY, dept: 'audit' }, `Your account covers region ${OTHER_COUNTY}; it may not record findings in region ${COUNTY}`],
      ['finance staff of the county', { role: 'staff', region: COUNTY, dept: 'finance' }, 'Only auditors and staff of the audit department may record findings'],
      ['staff without a department', { role: 'staff', region: COUNTY }, 'Only auditors and staff of the audit department may record findings'],
      ['an integration client of the county', { role: 'integration', region: COUNTY }, 'Only auditors and staff of the audit department may record findings'],
    ] as const)('refuses %s with FORBIDDEN and writes nothing', async (_label, claims, message) => {
      const token = await signToken(claims);
      const before = await findingCount();
      const res = await stack.query(RECORD, { input: input() }, { token });
      expect(errorsOf(res.body)).toEqual([['FORBIDDEN', message]]);
      expect(await findingCount()).toBe(before);
    });

    it('still leaves rectifications to auditors: audit staff get FORBIDDEN', async () => {
      const token = await signToken({ role: 'staff', region: COUNTY, dept: 'audit' });
      const res = await stack.query(
        `mutation { addRectification(input: { findingId: "FND-${COUNTY}-2017-0002", actionTaken: "x", moneyRecovered: "0", completes: false }) { status } }`,
        {},
        { token },
      );
      expect(errorsOf(res.body)).toEqual([['FORBIDDEN', 'Your role may not record rectifications; it needs one of: auditor']]);
    });
  });

  describe('Region.complaints', () => {
    const LIST = `{ region(code: "${COUNTY}") { complaints(first: 5) { totalCount edges { node { id status content events { action actor } } } } } }`;

    it('answers an integration client of the region exactly as it answers staff', async () => {
      const integration = await signToken({ role: 'integration', region: COUNTY, sub: 'civil-affairs-system' });
      const staff = await signToken({ role: 'staff', region: COUNTY, dept: 'complaints' });
      const asIntegration = await stack.query(LIST, {}, { token: integration });
      const asStaff = await stack.query(LIST, {}, { token: staff });
      expect(asIntegration.body.errors).toBeUndefined();
      const [lo, hi] = regionRange(COUNTY);
      const [{ n }] = await stack.subgraphs.complaints.db.knex('complaints').whereBetween('region_code', [lo, hi]).count({ n: '*' });
      expect(asIntegration.body.data.region.complaints.totalCount).toBe(Number(n));
      expect(asIntegration.body.data.region.complaints.edges).toHaveLength(5);
      expect(asIntegration.body).toEqual(asStaff.body);
    });

    it('refuses an integration client of another county, and lets it handle nothing', async () => {
      const other = await signToken({ role: 'integration', region: OTHER_COUNTY });
      const res = await stack.query(LIST, {}, { token: other });
      expect(errorsOf(res.body)).toEqual([['FORBIDDEN', `Your account covers region ${OTHER_COUNTY}; it may not list complaints in region ${COUNTY}`]]);
      const integration = await signToken({ role: 'integration', region: COUNTY });
      const [{ id }] = await stack.subgraphs.complaints.db.knex('complaints').where({ status: 'SUBMITTED' }).whereBetween('region_code', regionRange(COUNTY)).select('id').limit(1);
      const accept = await stack.query(`mutation($id: ID!) { acceptComplaint(id: $id) { status } }`, { id }, { token: integration });
      expect(errorsOf(accept.body)).toEqual([['FORBIDDEN', 'Your role may not accept complaints; it needs one of: staff']]);
    });
  });
});
