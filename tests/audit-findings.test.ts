import { idCheckCharacter } from '../lib/person';
import { demoAudits } from '../subgraphs/audit/seeds/demo-findings';
import { DIALECTS } from './helpers/databases';
import { countStatements, startStack, type Stack } from './helpers/stack';
import { signToken } from './helpers/tokens';

/**
 * Audit projects, findings and their rectification through the gateway: the demo audits, the
 * status rules, repeat findings, the deaths register import (idempotent, all or nothing), the
 * open-finding counts (batched) and who may see and do what.
 */

const CITY = '4310';
const COUNTY = '431002';
const OTHER_COUNTY = '431021';
const audits = demoAudits(CITY);
const county = audits.find((a) => a.project.region_code === COUNTY)!;
const isOpen = (status: string) => status === 'OPEN' || status === 'RECTIFYING';

type Errors = Array<{ extensions?: { code?: string; rows?: unknown } }> | undefined;
const codes = (errors: Errors) => (errors ?? []).map((e) => e.extensions?.code);

const id = (first17: string) => first17 + idCheckCharacter(first17);

describe.each(DIALECTS)('audit findings through the gateway (%s)', (dialect) => {
  let stack: Stack;
  let auditor: string;
  let staff: string;
  let otherStaff: string;
  let integration: string;
  let inspector: string;

  beforeAll(async () => {
    stack = await startStack(dialect);
    auditor = await signToken({ role: 'auditor', region: COUNTY, dept: 'audit', sub: 'auditor-a' });
    staff = await signToken({ role: 'staff', region: COUNTY, dept: 'finance' });
    otherStaff = await signToken({ role: 'staff', region: OTHER_COUNTY, dept: 'finance' });
    integration = await signToken({ role: 'integration', region: COUNTY, sub: 'civil-affairs-system' });
    inspector = await signToken({ role: 'inspector', region: COUNTY, dept: 'discipline' });
  });
  afterAll(() => stack?.stop());

  it('serves the demo audit of a county: one project, a finding in every status, with rectifications', async () => {
    const res = await stack.query(
      `query { auditProject(id: "${county.project.id}") {
        id name type period periodFrom periodTo region { code name }
        findings { totalCount edges { node { refNo status questionedAmount recoveredAmount isRepeat rectifications { moneyRecovered completes } } } }
      } }`,
      {},
      { token: staff },
    );
    expect(res.body.errors).toBeUndefined();
    const project = res.body.data.auditProject;
    expect(project).toMatchObject({
      id: `AP-${COUNTY}-1`,
      type: 'SPECIAL_FUND',
      period: '2017-01/2017-06',
      region: { code: COUNTY, name: '北湖区' },
    });
    expect(project.findings.totalCount).toBe(4);
    expect(project.findings.edges.map((e: { node: { status: string } }) => e.node.status)).toEqual(['OPEN', 'RECTIFYING', 'RECTIFIED', 'CLOSED']);
    const closed = project.findings.edges[3].node;
    expect(closed.refNo).toBe(`审发〔2017〕${COUNTY}-0004`);
    expect(closed.recoveredAmount).toBe(closed.questionedAmount);
    expect(closed.rectifications.map((r: { completes: boolean }) => r.completes)).toEqual([false, true]);
  });

  it('lists the findings under a region by status, and the comparison rules to auditors only', async () => {
    const cityAuditor = await signToken({ role: 'auditor', region: CITY, dept: 'audit' });
    const res = await stack.query(
      `query { region(code: "${CITY}") { findings(status: CLOSED, first: 100) { totalCount edges { node { id status } } } } comparisonRules { name version } }`,
      {},
      { token: cityAuditor },
    );
    const closed = audits.flatMap((a) => a.findings).filter((f) => f.status === 'CLOSED');
    expect(res.body.data.region.findings).toEqual({
      totalCount: closed.length,
      edges: closed
        .sort((a, b) => (a.region_code + a.id < b.region_code + b.id ? -1 : 1))
        .map((f) => ({ node: { id: f.id, status: 'CLOSED' } })),
    });
    expect(res.body.data.comparisonRules).toEqual([
      { name: 'DECEASED_RECIPIENT', version: 2 },
      { name: 'OFFICIAL_RECIPIENT', version: 2 },
      { name: 'DUPLICATE_PAYMENT', version: 2 },
      { name: 'OVER_STANDARD', version: 2 },
    ]);
    expect(codes((await stack.query(`query { comparisonRules { name } }`, {}, { token: staff })).body.errors)).toEqual(['FORBIDDEN']);
  });

  it('counts open findings over every region under a region, for the public too, in one statement for many regions', async () => {
    const openIn = (code: string) =>
      audits.flatMap((a) => a.findings).filter((f) => f.region_code.startsWith(code) && isOpen(f.status)).length;
    const publicCity = await stack.query(`query { region(code: "${CITY}") { openFindingCount } }`);
    expect(publicCity.body).toEqual({ data: { region: { openFindingCount: openIn(CITY) } } });
    expect(openIn(CITY)).toBe(2 * audits.length);

    // Every township of the province is priced at 2008, past the public budget: staff asks.
    const TOWNSHIPS = `query { regions(level: TOWNSHIP) { code openFindingCount } }`;
    const { result, statements } = await countStatements(stack, () => stack.query(TOWNSHIPS, {}, { token: staff }));
    const townships: Array<{ code: string; openFindingCount: number }> = result.body.data.regions;
    expect(townships.length).toBeGreaterThanOrEqual(50);
    expect(statements.audit).toBe(1);
    expect(townships.map((t) => t.openFindingCount)).toEqual(townships.map((t) => openIn(t.code)));
    expect(townships.reduce((n, t) => n + t.openFindingCount, 0)).toBe(audits.length);
  });

  it('walks a finding through rectification to closing, refusing every step out of order', async () => {
    const project = await stack.query(
      `mutation { createAuditProject(input: { name: "2017年北湖区特困供养资金审计", type: SPECIAL_FUND, regionCode: "${COUNTY}", periodFrom: "2017-01", periodTo: "2017-12" }) { id period createdBy } }`,
      {},
      { token: auditor },
    );
    expect(project.body.data.createAuditProject).toEqual({ id: `AP-${COUNTY}-2`, period: '2017', createdBy: 'auditor-a' });

    const record = `mutation Record($input: RecordFindingInput!) { recordFinding(input: $input) { id refNo status isRepeat questionedAmount subject { ... on FundProject { id } } project { id } } }`;
    const input = {
      projectId: `AP-${COUNTY}-2`,
      regionCode: COUNTY,
      subjectType: 'FUND_PROJECT',
      subjectId: `PRJ-${COUNTY}-2017-TEKUN`,
      type: 'FUND_MISAPPROPRIATION',
      severity: 'HIGH',
      criteria: '专款专用',
      condition: '挪用特困供养资金',
      questionedAmount: '12000.00',
    };
    const recorded = await stack.query(record, { input }, { token: auditor });
    expect(recorded.body.errors).toBeUndefined();
    const finding = recorded.body.data.recordFinding;
    const year = new Date().getUTCFullYear();
    expect(finding).toEqual({
      id: `FND-${COUNTY}-${year}-0001`,
      refNo: `审发〔${year}〕${COUNTY}-0001`,
      status: 'OPEN',
      // The demo audit already found misused TEKUN money in this project.
      isRepeat: true,
      questionedAmount: '12000.00',
      subject: { id: `PRJ-${COUNTY}-2017-TEKUN` },
      project: { id: `AP-${COUNTY}-2` },
    });

    const count = async () => (await stack.query(`query { region(code: "${COUNTY}") { openFindingCount } }`)).body.data.region.openFindingCount;
    expect(await count()).toBe(3);

    const rectify = `mutation Rectify($input: AddRectificationInput!) { addRectification(input: $input) { status recoveredAmount rectifications { actionTaken moneyRecovered completes verifiedBy } } }`;
    const close = `mutation Close($id: ID!) { closeFinding(id: $id, note: "整改到位") { status closedBy closingNote } }`;
    const tooEarly = await stack.query(close, { id: finding.id }, { token: auditor });
    expect(codes(tooEarly.body.errors)).toEqual(['INVALID_TRANSITION']);

    const partly = await stack.query(
      rectify,
      { input: { findingId: finding.id, actionTaken: '归还一半', moneyRecovered: '6000.00', completes: false } },
      { token: auditor },
    );
    expect(partly.body.data.addRectification).toEqual({
      status: 'RECTIFYING',
      recoveredAmount: '6000.00',
      rectifications: [{ actionTaken: '归还一半', moneyRecovered: '6000.00', completes: false, verifiedBy: 'auditor-a' }],
    });
    expect(await count()).toBe(3);
    const done = await stack.query(
      rectify,
      { input: { findingId: finding.id, actionTaken: '归还其余', moneyRecovered: '6000.00', evidence: '进账单', completes: true } },
      { token: auditor },
    );
    expect(done.body.data.addRectification).toMatchObject({ status: 'RECTIFIED', recoveredAmount: '12000.00' });
    expect(await count()).toBe(2);

    const more = await stack.query(rectify, { input: { findingId: finding.id, actionTaken: 'x', moneyRecovered: '0', completes: false } }, { token: auditor });
    expect(codes(more.body.errors)).toEqual(['INVALID_TRANSITION']);
    const closed = await stack.query(close, { id: finding.id }, { token: auditor });
    expect(closed.body.data.closeFinding).toEqual({ status: 'CLOSED', closedBy: 'auditor-a', closingNote: '整改到位' });
    const again = await stack.query(close, { id: finding.id }, { token: auditor });
    expect(codes(again.body.errors)).toEqual(['INVALID_TRANSITION']);

    const second = await stack.query(record, { input: { ...input, subjectId: `PRJ-${COUNTY}-2017-DISABILITY`, questionedAmount: '-1.00' } }, { token: auditor });
    expect(codes(second.body.errors)).toEqual(['BAD_USER_INPUT']);
    const outside = await stack.query(record, { input: { ...input, regionCode: OTHER_COUNTY } }, { token: auditor });
    expect(codes(outside.body.errors)).toEqual(['FORBIDDEN']);
    const byStaff = await stack.query(record, { input }, { token: staff });
    expect(codes(byStaff.body.errors)).toEqual(['FORBIDDEN']);
    const byPublic = await stack.query(record, { input });
    expect(codes(byPublic.body.errors)).toEqual(['UNAUTHENTICATED']);
  });

  it('lists findings about a fund project, and refuses findings to the public and other regions', async () => {
    const dibao = `PRJ-${COUNTY}-2017-DIBAO`;
    const res = await stack.query(`query { fundProject(id: "${dibao}") { findings { totalCount edges { node { id status } } } } }`, {}, { token: staff });
    expect(res.body).toEqual({
      data: { fundProject: { findings: { totalCount: 1, edges: [{ node: { id: `FND-${COUNTY}-2017-0002`, status: 'RECTIFYING' } }] } } },
    });
    const FINDING = `query { finding(id: "FND-${COUNTY}-2017-0002") { id status } }`;
    expect(codes((await stack.query(FINDING)).body.errors)).toEqual(['UNAUTHENTICATED']);
    expect(codes((await stack.query(FINDING, {}, { token: otherStaff })).body.errors)).toEqual(['FORBIDDEN']);
    expect((await stack.query(FINDING, {}, { token: inspector })).body.data.finding).toEqual({
      id: `FND-${COUNTY}-2017-0002`,
      status: 'RECTIFYING',
    });
    const otherView = await stack.query(`query { fundProject(id: "${dibao}") { findings { totalCount } } }`, {}, { token: otherStaff });
    expect(otherView.body).toEqual({ data: { fundProject: { findings: { totalCount: 0 } } } });
  });

  describe('importing the deaths register', () => {
    const IMPORT = `mutation Import($input: DeathRegisterImportInput!) { importDeathRegister(input: $input) { id batchKey kind rowCount importedBy } }`;
    const entries = [
      { idNumber: id('43100219400101001'), name: '甲', dateOfDeath: '2017-02-01' },
      { idNumber: id('43100219400101002'), name: '乙', dateOfDeath: '2017-02-02' },
    ];

    it('returns the first batch for a retry, and refuses other content under the same key', async () => {
      const first = await stack.query(IMPORT, { input: { batchKey: 'deaths-1', entries } }, { token: integration });
      expect(first.body.data.importDeathRegister).toMatchObject({ batchKey: 'deaths-1', kind: 'DEATH_REGISTER', rowCount: 2, importedBy: 'civil-affairs-system' });
      const retry = await stack.query(IMPORT, { input: { batchKey: 'deaths-1', entries } }, { token: integration });
      expect(retry.body.data.importDeathRegister).toEqual(first.body.data.importDeathRegister);
      const rows = async () => Number((await stack.subgraphs.audit.db.knex('death_register').count({ n: '*' }))[0].n);
      const before = await rows();
      const conflict = await stack.query(IMPORT, { input: { batchKey: 'deaths-1', entries: entries.slice(1) } }, { token: integration });
      expect(codes(conflict.body.errors)).toEqual(['IMPORT_CONFLICT']);
      expect(await rows()).toBe(before);
      const raw = await stack.subgraphs.audit.db.knex('death_register').where('name', '甲').first();
      expect(raw.masked_id_number).toBe(`431002********${entries[0].idNumber.slice(-4)}`);
      expect(JSON.stringify(raw)).not.toContain(entries[0].idNumber);
    });

    it('refuses a batch with bad rows, listing each, and writes nothing', async () => {
      const bad = [
        entries[0],
        { idNumber: entries[1].idNumber.slice(0, 17) + (entries[1].idNumber[17] === '1' ? '2' : '1'), name: '乙', dateOfDeath: '2017-02-02' },
        { idNumber: '123', name: '丙', dateOfDeath: '2017-02-02' },
      ];
      const res = await stack.query(IMPORT, { input: { batchKey: 'deaths-2', entries: bad } }, { token: auditor });
      expect(res.body.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        rows: [
          { index: 1, reason: 'ID number check digit is wrong' },
          { index: 2, reason: 'ID number must be 17 digits followed by a digit or X' },
        ],
      });
      const ok = await stack.query(IMPORT, { input: { batchKey: 'deaths-2', entries: [entries[0]] } }, { token: auditor });
      expect(ok.body.data.importDeathRegister.rowCount).toBe(1);
    });

    it('lets integration clients import only for their region, and refuses staff and the public', async () => {
      const input = { batchKey: 'deaths-3', regionCode: OTHER_COUNTY, entries };
      expect(codes((await stack.query(IMPORT, { input }, { token: integration })).body.errors)).toEqual(['FORBIDDEN']);
      expect(codes((await stack.query(IMPORT, { input: { ...input, regionCode: COUNTY } }, { token: staff })).body.errors)).toEqual(['FORBIDDEN']);
      expect(codes((await stack.query(IMPORT, { input: { ...input, regionCode: COUNTY } })).body.errors)).toEqual(['UNAUTHENTICATED']);
    });
  });
});
