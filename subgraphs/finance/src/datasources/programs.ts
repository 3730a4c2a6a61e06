import DataLoader from 'dataloader';
import type { Knex } from 'knex';

/** A row of `fund_programs`: one livelihood fund of the catalogue. Amounts are fen. */
export interface ProgramRow {
  code: string;
  name: string;
  department: string;
  policy_basis: string;
  standard_amount: number;
  /** A boolean column: 0 or 1 as both drivers read it. */
  means_tested: boolean | number;
}

/** The fund catalogue, with a per-request loader for the programme of each payment or project. */
export class ProgramSource {
  private readonly byCode: DataLoader<string, ProgramRow | null>;

  constructor(private readonly knex: Knex) {
    this.byCode = new DataLoader(async (codes) => {
      const rows: ProgramRow[] = await this.knex('fund_programs').whereIn('code', codes as string[]);
      const found = new Map(rows.map((r) => [r.code, r]));
      return codes.map((c) => found.get(c) ?? null);
    });
  }

  get(code: string): Promise<ProgramRow | null> {
    return this.byCode.load(code);
  }

  async list(): Promise<ProgramRow[]> {
    const rows: ProgramRow[] = await this.knex('fund_programs').orderBy('code');
    for (const row of rows) this.byCode.prime(row.code, row);
    return rows;
  }
}
