import { randomBytes } from 'node:crypto';
import knexFactory, { type Knex } from 'knex';
import { dropMysqlDatabase, openDatabase } from '../lib/db/database';
import { grantServingPrivileges, STANDARD_READ_ONLY_TABLES } from '../lib/db/grants';
import { createLogger } from '../lib/logger';
import { prepareStore } from '../lib/subgraph/store';
import { SUBGRAPHS } from '../lib/subgraphs';
import { SUBGRAPH_MODULES } from './helpers/subgraph-modules';
import { TEST_PERSON_KEY_SECRET } from './helpers/tokens';

/**
 * docker-compose runs each subgraph as two MySQL users: the owner migrates and seeds, the
 * serving user may SELECT and INSERT everywhere but UPDATE and DELETE only where rows may
 * change. This checks that split on a real server, as docker/mysql/02-users.sh sets it up.
 */
const ROOT_URL = process.env.TEST_MYSQL_URL?.replace(/\/+$/, '');
const ER_TABLEACCESS_DENIED = 1142;

// Only MySQL has users and grants; without TEST_MYSQL_URL these are reported as skipped.
(ROOT_URL ? describe : describe.skip).each(SUBGRAPHS.map((s) => s.name))(
  'the serving MySQL user of %s',
  (name) => {
    const suffix = randomBytes(3).toString('hex');
    const database = `t_priv_${name.replace('-', '_')}_${suffix}`;
    const owner = `o_${suffix}`;
    const serving = `s_${suffix}`;
    const password = randomBytes(12).toString('hex');
    const root = () => knexFactory({ client: 'mysql2', connection: `${ROOT_URL}/` });
    const as = (user: string) => knexFactory({ client: 'mysql2', connection: `${ROOT_URL!.replace(/\/\/[^@]*@/, `//${user}:${password}@`)}/${database}` });
    let app: Knex;
    const appendOnly = new Set(SUBGRAPH_MODULES[name as keyof typeof SUBGRAPH_MODULES].appendOnlyTables ?? []);
    let tables: string[] = [];

    beforeAll(async () => {
      const admin = root();
      try {
        await admin.raw('CREATE DATABASE ?? CHARACTER SET utf8mb4 COLLATE utf8mb4_bin', [database]);
        for (const user of [owner, serving]) await admin.raw("CREATE USER ?@'%' IDENTIFIED BY ?", [user, password]);
        await admin.raw("GRANT ALL PRIVILEGES ON ??.* TO ?@'%' WITH GRANT OPTION", [database, owner]);
        await admin.raw("GRANT SELECT, INSERT ON ??.* TO ?@'%'", [database, serving]);
      } finally {
        await admin.destroy();
      }
      const ownerDb = await openDatabase(`${ROOT_URL!.replace(/\/\/[^@]*@/, `//${owner}:${password}@`)}/${database}`);
      try {
        const parts = SUBGRAPH_MODULES[name as keyof typeof SUBGRAPH_MODULES];
        await prepareStore(ownerDb, {
          migrations: parts.migrations,
          seed: parts.seed,
          scale: 'none',
          logger: createLogger('test', 'silent'),
          personKeySecret: TEST_PERSON_KEY_SECRET,
          divisionsUnder: '431027',
        });
        await grantServingPrivileges(ownerDb.knex, serving, parts.appendOnlyTables ?? []);
        const [rows] = await ownerDb.knex.raw('SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE()');
        tables = (rows as Array<{ name: string }>).map((r) => r.name);
      } finally {
        await ownerDb.destroy();
      }
      app = as(serving);
    });

    afterAll(async () => {
      await app?.destroy();
      const admin = root();
      try {
        for (const user of [owner, serving]) await admin.raw("DROP USER IF EXISTS ?@'%'", [user]);
      } finally {
        await admin.destroy();
      }
      await dropMysqlDatabase(`${ROOT_URL}/${database}`);
    });

    async function updateError(table: string): Promise<number | null> {
      const [columns] = await app.raw('SELECT column_name AS name FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = ? LIMIT 1', [table]);
      const column = (columns as Array<{ name: string }>)[0].name;
      try {
        // Matches no row: only the privilege check can fail it.
        await app.raw('UPDATE ?? SET ?? = ?? WHERE 1 = 0', [table, column, column]);
        return null;
      } catch (err) {
        return (err as { errno?: number }).errno ?? -1;
      }
    }

    it('may not update append-only tables or reference data', async () => {
      const refused = [...appendOnly, ...STANDARD_READ_ONLY_TABLES].filter((t) => tables.includes(t));
      expect(refused.length).toBeGreaterThan(0);
      for (const table of refused) expect({ table, errno: await updateError(table) }).toEqual({ table, errno: ER_TABLEACCESS_DENIED });
    });

    it('may update the tables whose rows change', async () => {
      const mutable = tables.filter((t) => !appendOnly.has(t) && !STANDARD_READ_ONLY_TABLES.includes(t));
      for (const table of mutable) expect({ table, errno: await updateError(table) }).toEqual({ table, errno: null });
    });

    it('appends to the access log, region included, and may neither change nor delete its rows', async () => {
      const id = `priv-${suffix}`;
      await app('access_log').insert({
        id,
        at: '2026-11-28 00:00:00.000',
        actor_sub: 'auditor-priv',
        actor_roles: 'auditor',
        request_id: 'req-priv',
        action: 'payments.list',
        subject: '431002 * *',
        region_code: '431002',
      });
      await expect(app('access_log').where({ id }).update({ region_code: '43' })).rejects.toMatchObject({ errno: ER_TABLEACCESS_DENIED });
      await expect(app('access_log').where({ id }).del()).rejects.toMatchObject({ errno: ER_TABLEACCESS_DENIED });
      expect(await app('access_log').where({ id }).pluck('region_code')).toEqual(['431002']);
    });

    it('may read and append, but not change the schema', async () => {
      await expect(app('regions').count({ n: '*' })).resolves.toBeDefined();
      await expect(app.raw('CREATE TABLE sneaky (id INT)')).rejects.toMatchObject({ errno: 1142 });
      await expect(app.raw('DROP TABLE regions')).rejects.toMatchObject({ errno: 1142 });
    });
  },
);
