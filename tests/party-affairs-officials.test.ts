import { villageAnomalies } from '../lib/demo/anomalies';
import { demoPeople } from '../lib/demo/people';
import { villagesUnder } from '../lib/regions/divisions';
import { idCheckCharacter, personKey } from '../lib/person';
import { DIALECTS } from './helpers/databases';
import { countStatements, startStack, type Stack } from './helpers/stack';
import { signToken, TEST_PERSON_KEY_SECRET } from './helpers/tokens';

/** Officials, their relatives and accountability through the gateway, over the demo seed. */
const VILLAGE = '431002001001';
const TOWNSHIP = '431002001';
const COUNTY = '431002';
const SECRETARY = `OFF-${VILLAGE}-5`;
const residents = demoPeople(VILLAGE);
const keyOf = (idNumber: string) => personKey(TEST_PERSON_KEY_SECRET, idNumber);
const idNumber = (first17: string) => first17 + idCheckCharacter(first17);

interface LogRow {
  actor_sub: string;
  subject: string;
  region_code: string;
}
const byReader = (a: LogRow, b: LogRow) => (a.actor_sub + a.subject < b.actor_sub + b.subject ? -1 : 1);

describe.each(DIALECTS)('party-affairs officials through the gateway (%s)', (dialect) => {
  let stack: Stack;
  let auditor: string;
  let partyStaff: string;
  let inspector: string;
  beforeAll(async () => {
    stack = await startStack(dialect);
    auditor = await signToken({ role: 'auditor', region: '4310', dept: 'audit' });
    partyStaff = await signToken({ role: 'staff', region: COUNTY, dept: 'party' });
    inspector = await signToken({ role: 'inspector', region: COUNTY, dept: 'discipline' });
  });
  afterAll(() => stack?.stop());

  const direct = (query: string, variables: Record<string, unknown>, token?: string) =>
    stack.subgraphs['party-affairs'].query(query, variables, { token });

  describe('what the public sees', () => {
    it('lists the officials of a village by name and position', async () => {
      const { body } = await stack.query(`{ region(code: "${VILLAGE}") { officials { totalCount edges { node { id name position termStart termEnd serving region { name } } } } } }`);
      expect(body.errors).toBeUndefined();
      expect(body.data.region.officials).toEqual({
        totalCount: 3,
        edges: [
          ['5', '村党支部书记'],
          ['6', '村民委员会主任'],
          ['7', '村务监督委员会主任'],
        ].map(([i, position]) => ({
          node: {
            id: `OFF-${VILLAGE}-${i}`,
            name: residents[Number(i)].name,
            position,
            termStart: '2014-03-01',
            termEnd: null,
            serving: true,
            region: { name: '北湖路社区' },
          },
        })),
      });
    });

    it('never sees a person key or a relative (FORBIDDEN), nor accountability actions (UNAUTHENTICATED: staff may sign in)', async () => {
      const { body } = await stack.query(`{ official(id: "${SECRETARY}") { name position person { personKey } relatives { relation } accountabilityActions { id } } }`);
      expect(body.data.official).toEqual({ name: residents[5].name, position: '村党支部书记', person: null, relatives: null, accountabilityActions: null });
      expect(body.errors!.map((e) => [e.path!.join('.'), e.extensions!.code, e.message])).toEqual([
        ['official.person', 'FORBIDDEN', `Only auditors, inspectors and party-affairs staff whose region covers ${VILLAGE} may see officials' person keys`],
        ['official.relatives', 'FORBIDDEN', `Only auditors, inspectors and party-affairs staff whose region covers ${VILLAGE} may see officials' registered relatives`],
        ['official.accountabilityActions', 'UNAUTHENTICATED', 'Sign in to see accountability actions'],
      ]);
      expect(JSON.stringify(body)).not.toContain(keyOf(residents[5].idNumber));
    });

    it('may not read the register of officials and relatives', async () => {
      const { body } = await stack.query(`{ officials(regionCode: "${VILLAGE}") { totalCount } }`);
      expect(body.data?.officials ?? null).toBeNull();
      expect(body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('the register read by audit’s OFFICIAL_RECIPIENT rule', () => {
    const REGISTER = `query Register($after: String) { officials(regionCode: "${TOWNSHIP}", serving: true, first: 10, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { id region { code } termStart termEnd person { personKey } relatives { relation person { personKey } } } } } }`;

    it('reads a township page by page: every official once, with person keys and relatives, four statements a page', async () => {
      const ids: string[] = [];
      const nodes: Array<{ id: string; person: { personKey: string }; relatives: Array<{ relation: string; person: { personKey: string } }> }> = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const { result, statements } = await countStatements(stack, () => stack.query(REGISTER, { after }, { token: auditor }));
        const { body } = result;
        expect(body.errors).toBeUndefined();
        // The page, its relatives, and the access-log rows of both reads.
        expect(statements['party-affairs']).toBe(4);
        pages += 1;
        for (const edge of body.data.officials.edges) {
          ids.push(edge.node.id);
          nodes.push(edge.node);
        }
        if (!body.data.officials.pageInfo.hasNextPage) break;
        after = body.data.officials.pageInfo.endCursor;
      }
      // 2 township officials and 3 in each of the township's 13 villages.
      expect(pages).toBe(5);
      expect(ids).toHaveLength(41);
      expect(new Set(ids).size).toBe(41);
      expect(ids.slice(0, 5)).toEqual([`OFF-${TOWNSHIP}-0`, `OFF-${TOWNSHIP}-1`, SECRETARY, `OFF-${VILLAGE}-6`, `OFF-${VILLAGE}-7`]);
      const secretary = nodes.find((n) => n.id === SECRETARY)!;
      expect(secretary.person.personKey).toBe(keyOf(residents[5].idNumber));
      expect(secretary.relatives).toEqual([{ relation: '配偶', person: { personKey: keyOf(residents[8].idNumber) } }]);
      expect(nodes.filter((n) => n.relatives.length === 1)).toHaveLength(13);
      // Every page read and every official whose relatives were read is in the access log.
      const logged = await stack.subgraphs['party-affairs'].db
        .knex('access_log')
        .where({ actor_sub: 'test-auditor-4310' })
        .select('action', 'subject')
        .orderBy(['action', 'subject']);
      expect(logged.filter((r: { action: string }) => r.action === 'officials.register')).toEqual(
        Array.from({ length: 5 }, () => ({ action: 'officials.register', subject: TOWNSHIP })),
      );
      expect(logged.filter((r: { action: string }) => r.action === 'official.relatives').map((r: { subject: string }) => r.subject)).toEqual([...ids].sort());
    });

    it('shows an auditor which DIBAO recipient is a registered relative of the village party secretary, joined across finance and party-affairs', async () => {
      const village = villagesUnder('4310').find((v) => villageAnomalies(v.code).officialRelativeRecipient)!.code;
      const relative = demoPeople(village)[8];
      const { body } = await stack.query(
        `{ payments(regionCode: "${village}", programCode: "DIBAO", period: "2017-03", first: 100) { edges { node {
          recipient { personKey officialRoles { kind relation official { id position } } } } } } }`,
        {},
        { token: auditor },
      );
      expect(body.errors).toBeUndefined();
      const flagged = body.data.payments.edges
        .map((e: { node: { recipient: { personKey: string; officialRoles: unknown[] } } }) => e.node.recipient)
        .filter((r: { officialRoles: unknown[] }) => r.officialRoles.length > 0);
      expect(flagged).toEqual([
        {
          personKey: keyOf(relative.idNumber),
          officialRoles: [{ kind: 'RELATIVE', relation: '配偶', official: { id: `OFF-${village}-5`, position: '村党支部书记' } }],
        },
      ]);
    });

    it('refuses an auditor of another county and a party-affairs staff member', async () => {
      const otherAuditor = await signToken({ role: 'auditor', region: '431003', dept: 'audit' });
      for (const token of [otherAuditor, partyStaff]) {
        const { body } = await stack.query(`{ officials(regionCode: "${COUNTY}") { totalCount } }`, {}, { token });
        expect(body.errors![0].extensions!.code).toBe('FORBIDDEN');
      }
    });
  });

  describe('the register kept by party-affairs staff', () => {
    const newcomer = idNumber('43100219850612003');
    const spouse = idNumber('43100219870315004');
    let officialId: string;

    it('registers an official, keeping only the person key and the masked ID number', async () => {
      const { body } = await stack.query(
        `mutation Register($input: RegisterOfficialInput!) { registerOfficial(input: $input) { id name position termStart serving person { personKey } } }`,
        { input: { regionCode: VILLAGE, name: '王新民', idNumber: newcomer, position: '村委会委员', termStart: '2017-03-01' } },
        { token: partyStaff },
      );
      expect(body.errors).toBeUndefined();
      officialId = body.data.registerOfficial.id;
      expect(body.data.registerOfficial).toEqual({
        id: `OFF-${VILLAGE}-100`,
        name: '王新民',
        position: '村委会委员',
        termStart: '2017-03-01',
        serving: true,
        person: { personKey: keyOf(newcomer) },
      });
      const row = await stack.subgraphs['party-affairs'].db.knex('officials').where({ id: officialId }).first();
      expect(JSON.stringify(row)).not.toContain(newcomer);
      expect(row.masked_id_number).toBe(`431002********${newcomer.slice(-4)}`);
    });

    it('registers a relative once, however often it is sent', async () => {
      const send = () =>
        stack.query(
          `mutation { registerRelative(input: { officialId: "${officialId}", relation: "配偶", idNumber: "${spouse}" }) { id relation maskedIdNumber person { personKey } } }`,
          {},
          { token: partyStaff },
        );
      const first = await send();
      const again = await send();
      expect(first.body.errors).toBeUndefined();
      expect(again.body).toEqual(first.body);
      expect(first.body.data.registerRelative).toEqual({
        id: `REL-${officialId}-${keyOf(spouse).slice(0, 12)}`,
        relation: '配偶',
        maskedIdNumber: `431002********${spouse.slice(-4)}`,
        person: { personKey: keyOf(spouse) },
      });
      const rows = await stack.subgraphs['party-affairs'].db.knex('official_relatives').where({ official_id: officialId });
      expect(rows).toHaveLength(1);
    });

    it('tells auditors which posts a person holds or is related to (Person.officialRoles), within their region only', async () => {
      const query = `query Roles($reps: [_Any!]!) { _entities(representations: $reps) { ... on Person { personKey officialRoles { kind relation official { id } } } } }`;
      const reps = [keyOf(newcomer), keyOf(spouse), keyOf('110101199003077777')].map((k) => ({ __typename: 'Person', personKey: k }));
      const { body } = await direct(query, { reps }, auditor);
      expect(body.errors).toBeUndefined();
      expect(body.data._entities.map((p: { officialRoles: unknown }) => p.officialRoles)).toEqual([
        [{ kind: 'HOLDER', relation: null, official: { id: officialId } }],
        [{ kind: 'RELATIVE', relation: '配偶', official: { id: officialId } }],
        [],
      ]);
      const elsewhere = await direct(query, { reps }, await signToken({ role: 'inspector', region: '431003', dept: 'discipline' }));
      expect(elsewhere.body.data._entities.map((p: { officialRoles: unknown }) => p.officialRoles)).toEqual([[], [], []]);
      // Each read is filed under the posts shown, or under the caller's region searched when none is.
      const logged: LogRow[] = await stack.subgraphs['party-affairs'].db
        .knex('access_log')
        .where({ action: 'person.officialRoles' })
        .whereIn('subject', reps.map((r) => r.personKey))
        .select('actor_sub', 'subject', 'region_code');
      const expected: LogRow[] = [
        { actor_sub: 'test-auditor-4310', subject: keyOf(newcomer), region_code: VILLAGE },
        { actor_sub: 'test-auditor-4310', subject: keyOf(spouse), region_code: VILLAGE },
        { actor_sub: 'test-auditor-4310', subject: keyOf('110101199003077777'), region_code: '4310' },
        ...reps.map((r) => ({ actor_sub: 'test-inspector-431003', subject: r.personKey, region_code: '431003' })),
      ];
      expect(logged.sort(byReader)).toEqual(expected.sort(byReader));
      const staff = await direct(query, { reps: reps.slice(0, 1) }, partyStaff);
      expect(staff.body.data._entities).toEqual([{ personKey: keyOf(newcomer), officialRoles: null }]);
      expect(staff.body.errors![0].extensions!.code).toBe('FORBIDDEN');
      const anonymous = await direct(query, { reps: reps.slice(0, 1) });
      expect(anonymous.body.data._entities).toEqual([{ personKey: keyOf(newcomer), officialRoles: null }]);
      expect(anonymous.body.errors!.map((e) => [e.extensions!.code, e.message])).toEqual([
        ['FORBIDDEN', 'Only auditors and inspectors may see whether a person holds or is related to an official post'],
      ]);
    });

    it('ends a term once: the official leaves the serving list', async () => {
      const end = (termEnd: string) =>
        stack.query(`mutation { endTerm(officialId: "${officialId}", termEnd: "${termEnd}") { id termEnd serving } }`, {}, { token: partyStaff });
      const early = await end('2016-12-31');
      expect(early.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      const ended = await end('2017-12-31');
      expect(ended.body.data.endTerm).toEqual({ id: officialId, termEnd: '2017-12-31', serving: false });
      const twice = await end('2018-01-31');
      expect(twice.body.errors![0].extensions!.code).toBe('INVALID_TRANSITION');
      const { body } = await stack.query(
        `{ serving: officials(regionCode: "${VILLAGE}", serving: true) { edges { node { id } } } ended: officials(regionCode: "${VILLAGE}", serving: false) { edges { node { id } } } }`,
        {},
        { token: auditor },
      );
      expect(body.data.serving.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([SECRETARY, `OFF-${VILLAGE}-6`, `OFF-${VILLAGE}-7`]);
      expect(body.data.ended.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([officialId]);
    });

    it.each([
      ['a wrong check digit', { idNumber: newcomer.slice(0, 17) + (newcomer[17] === '0' ? '1' : '0') }, 'ID number check digit is wrong'],
      ['a county instead of a village or township', { regionCode: COUNTY }, 'regionCode 431002 is not a village or township code; officials are registered where their post is'],
      ['an empty name', { name: '  ' }, 'name must not be empty'],
    ])('refuses %s with BAD_USER_INPUT', async (_label, change, message) => {
      const input = { regionCode: VILLAGE, name: '李四', idNumber: newcomer, position: '村委会委员', termStart: '2017-03-01', ...change };
      const { body } = await stack.query(`mutation R($input: RegisterOfficialInput!) { registerOfficial(input: $input) { id } }`, { input }, { token: partyStaff });
      expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(body.errors![0].message).toBe(message);
    });

    it.each([
      ['finance staff', { role: 'staff', region: COUNTY, dept: 'finance' }],
      ['party staff of another county', { role: 'staff', region: '431003', dept: 'party' }],
      ['an auditor', { role: 'auditor', region: '4310', dept: 'audit' }],
    ] as const)('refuses registering officials to %s', async (_label, claims) => {
      const { body } = await stack.query(
        `mutation { registerOfficial(input: { regionCode: "${VILLAGE}", name: "李四", idNumber: "${newcomer}", position: "委员", termStart: "2017-03-01" }) { id } }`,
        {},
        { token: await signToken(claims) },
      );
      expect(body.errors![0].extensions!.code).toBe('FORBIDDEN');
    });
  });

  describe('accountability', () => {
    const RECORD = `mutation Record($input: AccountabilityActionInput!) { recordAccountabilityAction(input: $input) {
      id official { id name } reason measure decidedAt recordedBy basis { __typename ... on Finding { id } ... on Complaint { id } } } }`;
    // A finding of the audit subgraph's demo seed: the first of 北湖区's 2017 special audit.
    const FINDING = 'FND-431002-2017-0001';
    const input = { officialId: SECRETARY, reason: '违规发放低保资金', measure: 'WARNING', decidedAt: '2017-11-20', findingId: FINDING };

    it('records an action based on a finding, visible from the official and from the finding', async () => {
      const { body } = await stack.query(RECORD, { input }, { token: inspector });
      expect(body.errors).toBeUndefined();
      const action = body.data.recordAccountabilityAction;
      expect(action).toEqual({
        id: action.id,
        official: { id: SECRETARY, name: residents[5].name },
        reason: '违规发放低保资金',
        measure: 'WARNING',
        decidedAt: '2017-11-20',
        recordedBy: `test-inspector-${COUNTY}`,
        basis: { __typename: 'Finding', id: FINDING },
      });

      // From the official, with the finding's own fields answered by the audit subgraph.
      const fromOfficial = await stack.query(
        `{ official(id: "${SECRETARY}") { accountabilityActions { id measure basis { ... on Finding { id refNo } } } } }`,
        {},
        { token: auditor },
      );
      expect(fromOfficial.body).toEqual({
        data: { official: { accountabilityActions: [{ id: action.id, measure: 'WARNING', basis: { id: FINDING, refNo: '审发〔2017〕431002-0001' } }] } },
      });

      // From the finding, which the audit subgraph owns.
      const fromFinding = await stack.query(`{ finding(id: "${FINDING}") { id accountabilityActions { id measure official { id name } } } }`, {}, { token: inspector });
      expect(fromFinding.body).toEqual({
        data: { finding: { id: FINDING, accountabilityActions: [{ id: action.id, measure: 'WARNING', official: { id: SECRETARY, name: residents[5].name } }] } },
      });

      // A finding nobody acted on has an empty list; the reference needs no SQL of its own.
      const untouched = await direct(
        `{ _entities(representations: [{ __typename: "Finding", id: "FND-NONE" }]) { ... on Finding { id accountabilityActions { id } } } }`,
        {},
        inspector,
      );
      expect(untouched.body).toEqual({ data: { _entities: [{ id: 'FND-NONE', accountabilityActions: [] }] } });
    });

    it('records an action based on a complaint, visible from the complaint, which the complaints subgraph owns', async () => {
      const listed = await stack.query(`{ region(code: "${TOWNSHIP}") { complaints(first: 1) { edges { node { id } } } } }`, {}, { token: inspector });
      expect(listed.body.errors).toBeUndefined();
      const complaintId: string = listed.body.data.region.complaints.edges[0].node.id;
      const { body } = await stack.query(RECORD, { input: { ...input, measure: 'CRITICISM', decidedAt: '2017-12-05', findingId: null, complaintId } }, { token: inspector });
      expect(body.errors).toBeUndefined();
      expect(body.data.recordAccountabilityAction.basis).toEqual({ __typename: 'Complaint', id: complaintId });
      const fromComplaint = await stack.query(
        `{ complaint(id: "${complaintId}") { id accountabilityActions { measure decidedAt official { id } basis { __typename } } } }`,
        {},
        { token: inspector },
      );
      expect(fromComplaint.body).toEqual({
        data: {
          complaint: {
            id: complaintId,
            accountabilityActions: [{ measure: 'CRITICISM', decidedAt: '2017-12-05', official: { id: SECRETARY }, basis: { __typename: 'Complaint' } }],
          },
        },
      });
    });

    it.each([
      ['both a finding and a complaint', { complaintId: 'CMP-TEST-0001' }, 'BAD_USER_INPUT'],
      ['neither a finding nor a complaint', { findingId: null }, 'BAD_USER_INPUT'],
      ['a decision in the future', { decidedAt: '2999-01-01' }, 'BAD_USER_INPUT'],
      ['an unknown official', { officialId: 'OFF-431002001001-99' }, 'NOT_FOUND'],
    ])('refuses %s', async (_label, change, code) => {
      const { body } = await stack.query(RECORD, { input: { ...input, ...change } }, { token: inspector });
      expect(body.errors![0].extensions!.code).toBe(code);
    });

    const actionCount = async () => Number((await stack.subgraphs['party-affairs'].db.knex('accountability_actions').count({ n: '*' }))[0].n);

    it.each([
      ['a finding', { findingId: 'FND-431002-2017-9999' }, 'Finding FND-431002-2017-9999 was not found'],
      ['a complaint', { findingId: null, complaintId: 'CMP-NO-SUCH-ONE' }, 'Complaint CMP-NO-SUCH-ONE was not found'],
    ])('refuses %s that does not exist with NOT_FOUND, and records nothing', async (_label, change, message) => {
      const before = await actionCount();
      const { body } = await stack.query(RECORD, { input: { ...input, ...change } }, { token: inspector });
      expect(body).toEqual({
        data: null,
        errors: [{ message, path: ['recordAccountabilityAction'], extensions: { code: 'NOT_FOUND', serviceName: 'party-affairs' } }],
      });
      expect(await actionCount()).toBe(before);
    });

    it('refuses with SUBGRAPH_UNAVAILABLE naming audit while the finding cannot be looked up, and records nothing', async () => {
      const before = await actionCount();
      await stack.subgraphs.audit.kill();
      try {
        const { body } = await stack.query(RECORD, { input }, { token: inspector });
        // serviceName is the subgraph that answered this field; unavailableService the one it could not reach.
        expect(body).toEqual({
          data: null,
          errors: [
            {
              message:
                'The party-affairs service could not check the finding named as the basis: the audit service could not answer; nothing was recorded, try again shortly',
              path: ['recordAccountabilityAction'],
              extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'party-affairs', unavailableService: 'audit' },
            },
          ],
        });
      } finally {
        await stack.subgraphs.audit.revive();
      }
      expect(await actionCount()).toBe(before);
    });

    it.each([
      ['an auditor', { role: 'auditor', region: '4310', dept: 'audit' }],
      ['discipline staff who are not inspectors', { role: 'staff', region: COUNTY, dept: 'discipline' }],
      ['an inspector of another department', { role: 'inspector', region: COUNTY, dept: 'audit' }],
      ['a discipline inspector of another county', { role: 'inspector', region: '431003', dept: 'discipline' }],
    ] as const)('refuses recording to %s', async (_label, claims) => {
      const { body } = await stack.query(RECORD, { input }, { token: await signToken(claims) });
      expect(body.errors![0].extensions!.code).toBe('FORBIDDEN');
    });

    it('loads the actions of a whole township’s officials with one statement', async () => {
      const query = `{ region(code: "${TOWNSHIP}") { officials(first: 50) { edges { node { id accountabilityActions { measure } } } } } }`;
      const { result, statements } = await countStatements(stack, () => stack.query(query, {}, { token: inspector }));
      expect(result.body.errors).toBeUndefined();
      const edges = result.body.data.region.officials.edges;
      // 41 seeded officials and the one registered above.
      expect(edges).toHaveLength(42);
      expect(edges.find((e: { node: { id: string } }) => e.node.id === SECRETARY).node.accountabilityActions).toEqual([{ measure: 'CRITICISM' }, { measure: 'WARNING' }]);
      // The page of officials, then one batch for all 42 officials' actions.
      expect(statements['party-affairs']).toBe(2);
    });
  });
});
