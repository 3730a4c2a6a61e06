import { createLogger } from '../lib/logger';
import { prepareStore } from '../lib/subgraph/store';
import { SUBGRAPHS } from '../lib/subgraphs';
import { createTestDatabase, DIALECTS } from './helpers/databases';
import { SUBGRAPH_MODULES } from './helpers/subgraph-modules';

const SECRET = 'person-key-secret-that-must-not-be-logged-0123456789';

/**
 * Each subgraph's start (migrations, divisions, the city seed) as its process runs it, with the
 * log captured at debug level: PERSON_KEY_SECRET reaches the seed but never the log.
 */
describe.each(DIALECTS)('what a subgraph logs while it prepares its store (%s)', (dialect) => {
  it.each(SUBGRAPHS.map((s) => s.name))('%s logs the seed scale and region, not PERSON_KEY_SECRET', async (name) => {
    const lines: string[] = [];
    const logger = createLogger(name, 'debug', { write: (line: string) => void lines.push(line) });
    const store = await createTestDatabase(dialect, `logs_${name}`);
    try {
      await prepareStore(store.db, {
        migrations: SUBGRAPH_MODULES[name].migrations,
        seed: SUBGRAPH_MODULES[name].seed,
        scale: 'city',
        logger,
        personKeySecret: SECRET,
        divisionsUnder: '4310',
      });
    } finally {
      await store.drop();
    }
    const seeding = lines.map((line) => JSON.parse(line)).find((entry) => entry.msg === 'seeding demo data');
    expect(seeding).toMatchObject({ service: name, scale: 'city', regionCode: '4310' });
    expect(Object.keys(seeding).sort()).toEqual(['level', 'msg', 'name', 'regionCode', 'scale', 'service', 'time']);
    expect(lines.join('')).not.toContain(SECRET);
    expect(lines.join('')).not.toContain('personKeySecret');
  });
});
