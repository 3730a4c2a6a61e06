import DataLoader from 'dataloader';
import type { Knex } from 'knex';
import { badUserInput } from '../../../../lib/errors';
import { toFen } from '../../../../lib/money';
import { childCodeLength, regionRange } from '../../../../lib/region-range';

/**
 * Region totals from `ledger_monthly_totals` (a few rows per village, kept in step with the
 * entries by the writer), over a prefix range of the village code: the same SQL answers a
 * village, a township, a county, the city or the province, and a parent's totals are the sum
 * of its children's because each village's rows are counted once under each ancestor.
 * Every region asked in one tick is answered by one UNION ALL statement per question.
 */

export interface LedgerMonth {
  period: string;
  income: number;
  expenditure: number;
  balance: number;
  entryCount: number;
}

export interface LedgerSummaryResult {
  from: string;
  to: string;
  income: number;
  expenditure: number;
  balance: number;
  entryCount: number;
  villagesReporting: number;
  byMonth: LedgerMonth[];
}

export interface ReportingCount {
  /** The region these villages lie under. */
  code: string;
  villagesExpected: number;
  villagesReporting: number;
  villagesMissing: number;
  rate: number;
}

export interface ReportingProgressResult extends ReportingCount {
  period: string;
  /** One per child region that has villages, by code; empty for a village. */
  children: ReportingCount[];
}

/** The longest range a summary may cover: ten years of months. */
export const MAX_SUMMARY_MONTHS = 120;
/** SQLite caps a compound SELECT at 500 terms. */
const MAX_BATCH = 200;

export function periodsBetween(from: string, to: string): string[] {
  const periods: string[] = [];
  let [year, month] = from.split('-').map(Number);
  for (let period = from; period <= to && periods.length <= MAX_SUMMARY_MONTHS; ) {
    periods.push(period);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
    period = `${year}-${String(month).padStart(2, '0')}`;
  }
  return periods;
}

function summaryKey(code: string, from: string, to: string): string {
  return `${code}|${from}|${to}`;
}

function count(code: string, expected: number, reporting: number): ReportingCount {
  return {
    code,
    villagesExpected: expected,
    villagesReporting: reporting,
    villagesMissing: expected - reporting,
    rate: expected ? reporting / expected : 0,
  };
}

export class LedgerSummarySource {
  private readonly summaries: DataLoader<string, LedgerSummaryResult>;
  private readonly progress: DataLoader<string, ReportingProgressResult>;

  constructor(private readonly knex: Knex) {
    this.summaries = new DataLoader((keys) => this.loadSummaries(keys), { maxBatchSize: MAX_BATCH });
    this.progress = new DataLoader((keys) => this.loadProgress(keys), { maxBatchSize: MAX_BATCH });
  }

  summary(code: string, from: string, to: string): Promise<LedgerSummaryResult> {
    if (from > to) throw badUserInput('`from` must not be after `to`');
    if (periodsBetween(from, to).length > MAX_SUMMARY_MONTHS) {
      throw badUserInput(`A summary covers at most ${MAX_SUMMARY_MONTHS} months; ask for a shorter range`);
    }
    return this.summaries.load(summaryKey(code, from, to));
  }

  reportingProgress(code: string, period: string): Promise<ReportingProgressResult> {
    return this.progress.load(`${code}|${period}`);
  }

  private async loadSummaries(keys: readonly string[]): Promise<LedgerSummaryResult[]> {
    const parsed = keys.map((key) => key.split('|') as [string, string, string]);
    const scoped = (key: string, [code, from, to]: [string, string, string]) =>
      this.knex('ledger_monthly_totals')
        .select(this.knex.raw('? AS k', [key]))
        .whereBetween('village_code', regionRange(code))
        .whereBetween('period', [from, to]);
    const monthly = parsed.map((p, i) =>
      scoped(keys[i], p).select('period', 'direction').sum({ amount: 'amount_fen' }).sum({ entries: 'entry_count' }).groupBy('period', 'direction'),
    );
    const villages = parsed.map((p, i) => scoped(keys[i], p).countDistinct({ n: 'village_code' }));
    const [monthRows, villageRows] = await Promise.all([
      unionAll<{ k: string; period: string; direction: string; amount: unknown; entries: unknown }>(this.knex, monthly),
      unionAll<{ k: string; n: unknown }>(this.knex, villages),
    ]);
    const reporting = new Map(villageRows.map((r) => [r.k, Number(r.n)]));
    return parsed.map(([, from, to], i) => {
      const months = new Map(periodsBetween(from, to).map((period) => [period, { period, income: 0, expenditure: 0, balance: 0, entryCount: 0 }]));
      for (const row of monthRows) {
        if (row.k !== keys[i]) continue;
        const month = months.get(row.period)!;
        const amount = toFen(row.amount as number);
        if (row.direction === 'INCOME') month.income += amount;
        else month.expenditure += amount;
        month.balance = month.income - month.expenditure;
        month.entryCount += Number(row.entries);
      }
      const byMonth = [...months.values()];
      const income = byMonth.reduce((sum, m) => sum + m.income, 0);
      const expenditure = byMonth.reduce((sum, m) => sum + m.expenditure, 0);
      return {
        from,
        to,
        income,
        expenditure,
        balance: income - expenditure,
        entryCount: byMonth.reduce((sum, m) => sum + m.entryCount, 0),
        villagesReporting: reporting.get(keys[i]) ?? 0,
        byMonth,
      };
    });
  }

  private async loadProgress(keys: readonly string[]): Promise<ReportingProgressResult[]> {
    const parsed = keys.map((key) => key.split('|') as [string, string]);
    // Villages are grouped by the code of the child region they lie under (a village by itself).
    const child = (column: string, code: string) => `SUBSTR(${column}, 1, ${childCodeLength(code) ?? code.length})`;
    const expected = parsed.map(([code], i) =>
      this.knex('regions')
        .select(this.knex.raw('? AS k', [keys[i]]), this.knex.raw(`${child('code', code)} AS child`))
        .count({ n: '*' })
        .where('level', 'VILLAGE')
        .whereBetween('code', regionRange(code))
        .groupBy(this.knex.raw(child('code', code))),
    );
    const reporting = parsed.map(([code, period], i) =>
      this.knex('ledger_monthly_totals')
        .select(this.knex.raw('? AS k', [keys[i]]), this.knex.raw(`${child('village_code', code)} AS child`))
        .countDistinct({ n: 'village_code' })
        .where('period', period)
        .whereBetween('village_code', regionRange(code))
        .groupBy(this.knex.raw(child('village_code', code))),
    );
    type Row = { k: string; child: string; n: unknown };
    const [expectedRows, reportingRows] = await Promise.all([unionAll<Row>(this.knex, expected), unionAll<Row>(this.knex, reporting)]);
    return parsed.map(([code, period], i) => {
      const reported = new Map(reportingRows.filter((r) => r.k === keys[i]).map((r) => [r.child, Number(r.n)]));
      const children = expectedRows
        .filter((r) => r.k === keys[i])
        .map((r) => count(r.child, Number(r.n), reported.get(r.child) ?? 0))
        .sort((a, b) => (a.code < b.code ? -1 : 1));
      const total = count(
        code,
        children.reduce((sum, c) => sum + c.villagesExpected, 0),
        children.reduce((sum, c) => sum + c.villagesReporting, 0),
      );
      return { ...total, period, children: childCodeLength(code) === null ? [] : children };
    });
  }
}

/**
 * One statement for the whole batch: the per-region SELECTs joined by UNION ALL. Written out
 * here because knex places a union before the first SELECT's GROUP BY.
 */
async function unionAll<T>(knex: Knex, queries: Knex.QueryBuilder[]): Promise<T[]> {
  const compiled = queries.map((q) => q.toSQL());
  const result = await knex.raw(
    compiled.map((c) => c.sql).join(' UNION ALL '),
    compiled.flatMap((c) => c.bindings as Knex.Value[]),
  );
  // better-sqlite3 returns the rows; mysql2 returns [rows, fields].
  return (knex.client.config.client === 'better-sqlite3' ? result : result[0]) as T[];
}
