import type { Knex } from 'knex';
import { regionRange } from '../../../../lib/region-range';
import { chainBreak, EMPTY_CHAIN, type ChainHead, type LedgerEntryRow } from './ledger-chain';

export interface LedgerVerificationResult {
  ok: boolean;
  checked: number;
  villagesChecked: number;
  /** The first entry, in village-code then chain order, that does not continue its chain. */
  firstBrokenEntry: LedgerEntryRow | null;
  /** The village whose chain is broken (also set when its last entries were removed). */
  brokenVillage: string | null;
  problem: string | null;
}

/** Rows read per statement: a province holds hundreds of thousands of entries. */
const PAGE = 5000;

/**
 * Recomputes the hash chain of every village under a region, in chain order, reading the
 * entries page by page (keyset on village code and seq), and stops at the first entry that
 * does not match. The end of each chain is compared with `ledger_chain_heads`, which is how
 * a removed last entry shows.
 */
export async function verifyLedger(knex: Knex, regionCode: string): Promise<LedgerVerificationResult> {
  const range = regionRange(regionCode);
  const headRows: Array<{ village_code: string; last_seq: number; last_hash: string }> = await knex('ledger_chain_heads')
    .whereBetween('village_code', range)
    .select('village_code', 'last_seq', 'last_hash');
  const heads = new Map(headRows.map((h) => [h.village_code, { lastSeq: Number(h.last_seq), lastHash: h.last_hash }]));
  let checked = 0;
  let village: string | null = null;
  let previous: ChainHead = EMPTY_CHAIN;
  const seen = new Set<string>();
  const broken = (entry: LedgerEntryRow | null, code: string, problem: string): LedgerVerificationResult => ({
    ok: false,
    checked,
    villagesChecked: seen.size,
    firstBrokenEntry: entry,
    brokenVillage: code,
    problem,
  });
  const endOfChain = (code: string): string | null => {
    const head = heads.get(code) ?? EMPTY_CHAIN;
    if (head.lastSeq === previous.lastSeq && head.lastHash === previous.lastHash) return null;
    return `the chain of village ${code} ends at entry ${previous.lastSeq}, but ${head.lastSeq} entries were written: its last entries were removed or changed`;
  };
  let after: [string, number] | null = null;
  for (;;) {
    const query = knex('ledger_entries').whereBetween('village_code', range).orderBy([{ column: 'village_code' }, { column: 'seq' }]).limit(PAGE);
    if (after) {
      const [code, seq] = after;
      query.where((q) => q.where('village_code', '>', code).orWhere((same) => same.where('village_code', code).where('seq', '>', seq)));
    }
    const rows: LedgerEntryRow[] = await query;
    for (const entry of rows) {
      if (entry.village_code !== village) {
        if (village !== null) {
          const problem = endOfChain(village);
          if (problem) return broken(null, village, problem);
        }
        village = entry.village_code;
        previous = EMPTY_CHAIN;
        seen.add(village);
      }
      checked += 1;
      const problem = chainBreak(previous, entry);
      if (problem) return broken(entry, entry.village_code, problem);
      previous = { lastSeq: Number(entry.seq), lastHash: entry.hash };
    }
    if (rows.length < PAGE) break;
    const last = rows[rows.length - 1];
    after = [last.village_code, Number(last.seq)];
  }
  if (village !== null) {
    const problem = endOfChain(village);
    if (problem) return broken(null, village, problem);
  }
  // A village whose head says it has entries but none are left: every entry was removed.
  for (const [code, head] of heads) {
    if (!seen.has(code) && head.lastSeq > 0) {
      return broken(null, code, `village ${code} has no entries left, but ${head.lastSeq} were written`);
    }
  }
  return { ok: true, checked, villagesChecked: seen.size, firstBrokenEntry: null, brokenVillage: null, problem: null };
}
