import { readExamples } from '../gateway/src/workbench/examples';
import { DIALECTS } from './helpers/databases';
import { startStack, type Stack } from './helpers/stack';
import { signToken } from './helpers/tokens';

const ASSETS: Array<[string, RegExp, string]> = [
  ['react.production.min.js', /^text\/javascript/, 'React'],
  ['react-dom.production.min.js', /^text\/javascript/, 'ReactDOM'],
  ['graphiql.min.js', /^text\/javascript/, 'GraphiQL'],
  ['graphiql.min.css', /^text\/css/, '.graphiql-container'],
  ['workbench.js', /^text\/javascript/, 'workbench-token'],
  ['workbench.css', /^text\/css/, '#workbench-bar'],
];

describe.each(DIALECTS)("the auditors' workbench (%s)", (dialect) => {
  let stack: Stack;
  let auditor: string;
  /** Each example's data, by operation name, from the run through the gateway. */
  // GraphQL answers are read as plain JSON here.
  const answers = new Map<string, any>();
  beforeAll(async () => {
    stack = await startStack(dialect);
    auditor = await signToken({ role: 'auditor', region: '4310', dept: 'audit' });
    // Four city-scale seeds: on MariaDB, on a shared two-core machine, this takes minutes.
  }, 600_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it.each(['/', '/graphiql'])('serves the GraphiQL page at %s, from our own origin only', async (path) => {
    const res = await fetch(`${stack.origin}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("connect-src 'self'");
    const html = await res.text();
    for (const [name] of ASSETS) expect(html).toContain(`/graphiql/assets/${name}`);
    expect(html).toContain('id="workbench-token"');
    // No CDN, no other host: everything the page loads comes from the gateway.
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).toContain('"name":"RegionHierarchy"');
  });

  it.each(ASSETS)('serves the asset %s, gzipped when asked', async (name, type, marker) => {
    const plain = await fetch(`${stack.origin}/graphiql/assets/${name}`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-type')).toMatch(type);
    const text = await plain.text();
    expect(text).toContain(marker);
    // fetch() unzips by itself: the same text arrives, in fewer bytes
    const zipped = await fetch(`${stack.origin}/graphiql/assets/${name}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(Number(zipped.headers.get('content-length'))).toBeLessThan(Buffer.byteLength(text));
    expect(await zipped.text()).toBe(text);
  });

  it('sends a browser that opens /graphql to the workbench', async () => {
    const res = await fetch(`${stack.origin}/graphql`, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/graphiql');
  });

  it('runs every example, in file order, through the gateway without an error', async () => {
    const examples = readExamples();
    expect(examples.map((e) => e.name)).toEqual([
      'TownshipSideBySide',
      'FundProjectDossier',
      'RunDeceasedRecipientComparison',
      'DeceasedRecipientsByCounty',
      'OfficialRecord',
      'CountiesBehindOnReporting',
      'RegionHierarchy',
      'VillagesOfTownship',
    ]);
    for (const example of examples) {
      const res = await stack.query(example.query, undefined, { token: auditor });
      expect({ example: example.name, status: res.status, errors: res.body.errors }).toEqual({
        example: example.name,
        status: 200,
        errors: undefined,
      });
      expect(Object.values(res.body.data).every((v) => v !== null)).toBe(true);
      answers.set(example.name, res.body.data);
    }
  });

  it('answers the five questions of the domain design', () => {
    // 1. the villages of 华塘镇 side by side, each with every part filled in
    const township = answers.get('TownshipSideBySide').region;
    expect(township).toMatchObject({ code: '431002101', name: '华塘镇' });
    expect(township.children.length).toBeGreaterThan(10);
    for (const village of township.children) {
      expect(village.code.startsWith('431002101')).toBe(true);
      expect(village.ledgerSummary.byMonth).toHaveLength(12);
      expect(typeof village.complaintStats.open).toBe('number');
      expect(typeof village.openFindingCount).toBe('number');
      expect(typeof village.disclosureCompliance.late).toBe('number');
    }
    // 2. the project with its payments, findings and complaints
    const project = answers.get('FundProjectDossier').fundProject;
    expect(project).toMatchObject({ id: 'PRJ-431002-2017-DIBAO', region: { name: '北湖区' } });
    expect(project.payments.edges).toHaveLength(20);
    expect(typeof project.findings.totalCount).toBe('number');
    expect(Array.isArray(project.complaints)).toBe(true);
    // 3. the comparison's alerts, by county, each a payment with its programme and village
    const run = answers.get('RunDeceasedRecipientComparison').runComparison;
    expect(run.rule).toBe('DECEASED_RECIPIENT');
    const counties = answers.get('DeceasedRecipientsByCounty').region.children;
    expect(counties).toHaveLength(11);
    const beihu = counties.find((c: { code: string }) => c.code === '431002');
    expect(beihu.alerts.totalCount).toBeGreaterThanOrEqual(run.alertsRaised);
    for (const { node } of beihu.alerts.edges) {
      expect(node.rule).toBe('DECEASED_RECIPIENT');
      expect(node.subject).toMatchObject({ program: { name: expect.any(String) }, village: { name: expect.any(String) } });
    }
    // 4. the official and the complaints naming them
    const official = answers.get('OfficialRecord').official;
    expect(official.region.code).toBe('431002006201');
    expect(official.complaints.map((c: { id: string }) => c.id)).toContain('CMP-2017-431002006201-1');
    // 5. the counties of Chenzhou with the villages each is missing
    const progress = answers.get('CountiesBehindOnReporting').region.reportingProgress;
    expect(progress.children.map((c: { region: { code: string } }) => c.region.code)).toHaveLength(11);
    const missing = progress.children.reduce((n: number, c: { villagesMissing: number }) => n + c.villagesMissing, 0);
    expect(missing).toBe(progress.villagesMissing);
  });

  it('answers the region examples with the real divisions', async () => {
    const hierarchy = readExamples().find((e) => e.name === 'RegionHierarchy')!;
    const res = await stack.query(hierarchy.query);
    expect(res.body.data.region).toMatchObject({ code: '4310', name: '郴州市', level: 'CITY' });
    expect(res.body.data.region.children).toHaveLength(11);
    expect(res.body.data.region.children[0]).toMatchObject({ code: '431002', name: '北湖区' });
  });
});
