import { createHash } from 'node:crypto';
import {
  appendToChains,
  canonicalEntry,
  chainBreak,
  EMPTY_CHAIN,
  entryHash,
  GENESIS_HASH,
  ledgerEntryId,
  monthlyTotalsOf,
  type ChainHead,
  type NewLedgerEntry,
} from '../src/datasources/ledger-chain';

const V1 = '431002001001';
const V2 = '431002001002';

const entry = (over: Partial<NewLedgerEntry> = {}): NewLedgerEntry => ({
  village_code: V1,
  period: '2017-03',
  entry_date: '2017-03-05',
  direction: 'INCOME',
  category: 'SUBSIDY',
  amount_fen: 1234550,
  fund_source: '县财政局',
  counterparty: null,
  voucher_no: '记-2017-03-001',
  summary: '村级组织运转经费',
  reversal_of: null,
  batch_id: null,
  ...over,
});

describe('the ledger hash chain', () => {
  it('hashes the previous hash and a fixed canonical form of the row', () => {
    const [row] = appendToChains(new Map(), [entry()], '2017-04-05 09:00:00.000');
    expect(canonicalEntry(row)).toBe(
      '["LE-431002001001-000001","431002001001",1,"2017-03","2017-03-05","INCOME","SUBSIDY",1234550,"县财政局",null,"记-2017-03-001","村级组织运转经费",null,null]',
    );
    expect(row.hash).toBe(createHash('sha256').update(`${GENESIS_HASH}\n${canonicalEntry(row)}`).digest('hex'));
    expect(row).toMatchObject({ id: 'LE-431002001001-000001', seq: 1, created_at: '2017-04-05 09:00:00.000' });
  });

  it('numbers each village separately and chains each entry to the one before it in its village', () => {
    const heads = new Map<string, ChainHead>([[V2, { lastSeq: 7, lastHash: 'a'.repeat(64) }]]);
    const rows = appendToChains(heads, [entry(), entry({ village_code: V2 }), entry({ amount_fen: 5 })], 'now');
    expect(rows.map((r) => r.id)).toEqual([ledgerEntryId(V1, 1), ledgerEntryId(V2, 8), ledgerEntryId(V1, 2)]);
    expect(rows[1].hash).toBe(entryHash('a'.repeat(64), rows[1]));
    expect(rows[2].hash).toBe(entryHash(rows[0].hash, rows[2]));
    expect(heads.get(V1)).toEqual({ lastSeq: 2, lastHash: rows[2].hash });
    expect(heads.get(V2)).toEqual({ lastSeq: 8, lastHash: rows[1].hash });
  });

  it('names an edited entry, a missing entry and an entry chained to an edited one', () => {
    const rows = appendToChains(new Map(), [entry(), entry({ amount_fen: 100 }), entry({ amount_fen: 200 })], 'now');
    expect(chainBreak(EMPTY_CHAIN, rows[0])).toBeNull();
    expect(chainBreak({ lastSeq: 1, lastHash: rows[0].hash }, rows[1])).toBeNull();
    expect(chainBreak({ lastSeq: 1, lastHash: rows[0].hash }, { ...rows[1], amount_fen: 101 })).toBe(
      `entry ${rows[1].id} does not match its hash: it, or the entry before it, was changed after it was written`,
    );
    expect(chainBreak({ lastSeq: 1, lastHash: rows[0].hash }, rows[2])).toBe(`entry 2 of village ${V1} is missing: the chain jumps from 1 to 3`);
    // The edited entry's hash recomputed by the editor: the next entry no longer matches.
    const forged = { ...rows[1], summary: '改' };
    forged.hash = entryHash(rows[0].hash, forged);
    expect(chainBreak({ lastSeq: 2, lastHash: forged.hash }, rows[2])).toMatch(/^entry LE-431002001001-000003 does not match/);
  });

  it('sums entries into monthly totals per village, month and direction, reversals subtracted', () => {
    const rows = appendToChains(
      new Map(),
      [entry(), entry({ amount_fen: 100 }), entry({ direction: 'EXPENDITURE', amount_fen: 50 }), entry({ amount_fen: -100, reversal_of: 'x' }), entry({ period: '2017-04', entry_date: '2017-04-01', amount_fen: 7 })],
      'now',
    );
    expect(monthlyTotalsOf(rows)).toEqual([
      { village_code: V1, period: '2017-03', direction: 'INCOME', amount_fen: 1234550, entry_count: 3 },
      { village_code: V1, period: '2017-03', direction: 'EXPENDITURE', amount_fen: 50, entry_count: 1 },
      { village_code: V1, period: '2017-04', direction: 'INCOME', amount_fen: 7, entry_count: 1 },
    ]);
  });
});
