/**
 * The livelihood fund programmes of the demo catalogue: real programme types paid to rural
 * households in Hunan, with their policy basis. Amounts are fen; `standardAmount` is the most
 * one payment of the programme may be (what OVER_STANDARD compares against).
 */
export interface DemoProgram {
  readonly code: string;
  readonly name: string;
  readonly department: string;
  readonly policyBasis: string;
  readonly standardAmount: number;
  /** Means-tested programmes are those an official or their relative must not receive. */
  readonly meansTested: boolean;
  /** `monthly` programmes pay every month; `annual` once, in April. */
  readonly schedule: 'monthly' | 'annual';
}

export const DEMO_PROGRAMS: readonly DemoProgram[] = [
  {
    code: 'DIBAO',
    name: '农村最低生活保障金',
    department: '民政局',
    policyBasis: '《社会救助暂行办法》（国务院令第649号）',
    standardAmount: 26_000,
    meansTested: true,
    schedule: 'monthly',
  },
  {
    code: 'TEKUN',
    name: '特困人员救助供养金',
    department: '民政局',
    policyBasis: '《国务院关于进一步健全特困人员救助供养制度的意见》（国发〔2016〕14号）',
    standardAmount: 50_000,
    meansTested: true,
    schedule: 'monthly',
  },
  {
    code: 'DISABILITY',
    name: '困难残疾人生活补贴和重度残疾人护理补贴',
    department: '残疾人联合会',
    policyBasis: '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）',
    standardAmount: 6_000,
    meansTested: true,
    schedule: 'monthly',
  },
  {
    code: 'FARMLAND',
    name: '耕地地力保护补贴',
    department: '财政局',
    policyBasis: '《关于全面推开农业“三项补贴”改革工作的通知》（财农〔2016〕26号）',
    standardAmount: 150_000,
    meansTested: false,
    schedule: 'annual',
  },
];

export function demoProgram(code: string): DemoProgram {
  const program = DEMO_PROGRAMS.find((p) => p.code === code);
  if (!program) throw new Error(`no demo programme ${code}`);
  return program;
}
