import { demoPayments, provincePayments } from '../../../lib/demo/payments';
import { demoPeople, furtherVillagers } from '../../../lib/demo/people';
import { villagesUnder } from '../../../lib/regions/divisions';
import { chainBreak, EMPTY_CHAIN, monthlyTotalsOf } from '../src/datasources/ledger-chain';
import { demoVillageLedger, PROVINCE_LEDGER_PLAN } from '../seeds/ledger';

/** The province seed's generators (issue 8's volume); the city's are pinned by the gateway tests. */
const VILLAGE = '431002001001';
const COUNTY = '431002';

describe('province demo payments', () => {
  it('keep every city payment of a village, with its id and amount, and add the rest of the year and further recipients', () => {
    const province = provincePayments(VILLAGE);
    const byId = new Map(province.map((p) => [p.id, p]));
    for (const city of demoPayments(VILLAGE)) expect(byId.get(city.id)).toEqual(city);
    expect(province).toHaveLength(180);
    expect(byId.size).toBe(180);
    const byProgram: Record<string, number> = {};
    for (const p of province) byProgram[p.programCode] = (byProgram[p.programCode] ?? 0) + 1;
    expect(byProgram).toEqual({ DIBAO: 96, TEKUN: 36, DISABILITY: 24, FARMLAND: 24 });
    expect(province.reduce((sum, p) => sum + p.amount, 0)).toBe(6_120_000);
  });

  it('gives a county about 169 payments a village (5 million for Hunan)', () => {
    const villages = villagesUnder(COUNTY);
    expect(villages).toHaveLength(165);
    expect(villages.reduce((n, v) => n + provincePayments(v.code).length, 0)).toBe(27_918);
  });

  it('gives further residents ID numbers no other resident of the county has', () => {
    const ids = villagesUnder(COUNTY).flatMap((v) => [...demoPeople(v.code), ...furtherVillagers(v.code, 30)].map((p) => p.idNumber));
    expect(new Set(ids).size).toBe(165 * 42);
    expect(furtherVillagers(VILLAGE, 2).map((p) => p.index)).toEqual([12, 13]);
  });
});

describe('province demo ledgers', () => {
  it('book about 30 entries a month over all of 2017 as one valid chain', () => {
    const { entries, head } = demoVillageLedger(VILLAGE, PROVINCE_LEDGER_PLAN);
    expect(entries).toHaveLength(365);
    expect(new Set(entries.map((e) => e.period)).size).toBe(12);
    expect(head).toEqual({ lastSeq: 365, lastHash: '293a17d965479a6d2694bdca60537c9c1105482acbaae1cc8f09e069b78dff82' });
    let previous = EMPTY_CHAIN;
    for (const entry of entries) {
      expect(chainBreak(previous, entry)).toBeNull();
      previous = { lastSeq: entry.seq, lastHash: entry.hash };
    }
    expect(monthlyTotalsOf(entries).reduce((n, t) => n + t.entry_count, 0)).toBe(365);
  });

  it('give a county 59,393 entries', () => {
    expect(villagesUnder(COUNTY).reduce((n, v) => n + demoVillageLedger(v.code, PROVINCE_LEDGER_PLAN).entries.length, 0)).toBe(59_393);
  });
});
