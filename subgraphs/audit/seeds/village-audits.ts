import { Random } from '../../../lib/random';
import { readDivisions, type Division } from '../../../lib/regions/divisions';
import type { FindingRow, FindingStatus, RectificationRow } from '../src/datasources/rows';
import type { DemoCountyAudit } from './demo-findings';

/**
 * Province scale only: each county's 2017 village finance audit (村级财务审计). Hunan audits
 * village collective finances on rotation with the three-year term of village committees, so
 * about one village in three is audited in a year; such an audit usually reports one to three
 * problems. That gives the province ≈9,800 audited villages and ≈19,700 findings beside the
 * special-fund audits of demo-findings.ts (four per county). Statuses are those of a year-end
 * snapshot: the later a finding was recorded, the likelier it is still open. Deterministic:
 * drawn from the village code alone.
 */

const AUDITOR = 'demo-auditor';
const AUDITED_SHARE = 1 / 3;
/** The special-fund audit of demo-findings.ts numbers its findings 1-4. */
const FIRST_SEQ = 5;

interface Problem {
  readonly type: string;
  readonly severity: 'LOW' | 'MEDIUM' | 'HIGH';
  readonly criteria: string;
  readonly condition: string;
  readonly recommendation: string;
  /** Questioned amount in units of 1,000 yuan, [min, max]; [0, 0] for none. */
  readonly thousands: readonly [number, number];
}

const PROBLEMS: readonly Problem[] = [
  {
    type: 'MANAGEMENT_WEAKNESS',
    severity: 'LOW',
    criteria: '《村集体经济组织会计制度》：会计凭证应当连续编号，原始凭证应当经审核签字。',
    condition: '部分会计凭证未连续编号，原始凭证缺审核签字。',
    recommendation: '补签审核意见，重新连续编号，乡镇经管站复核。',
    thousands: [0, 0],
  },
  {
    type: 'MANAGEMENT_WEAKNESS',
    severity: 'MEDIUM',
    criteria: '村级非生产性开支实行限额管理，超限额须经村民代表会议同意。',
    condition: '招待费、误工补贴超出限额，未经村民代表会议通过。',
    recommendation: '清退超限额开支，严格执行限额管理。',
    thousands: [2, 30],
  },
  {
    type: 'DISCLOSURE_FAILURE',
    severity: 'LOW',
    criteria: '《村务公开条例》：财务收支情况每月公布一次。',
    condition: '财务收支未按月公开，公开内容不完整。',
    recommendation: '补公开并建立按月公开台账。',
    thousands: [0, 0],
  },
  {
    type: 'FUND_MISAPPROPRIATION',
    severity: 'HIGH',
    criteria: '一事一议财政奖补资金专款专用，不得挤占挪用。',
    condition: '将一事一议奖补资金用于村部日常开支。',
    recommendation: '归还原资金渠道，追究相关人员责任。',
    thousands: [10, 120],
  },
  {
    type: 'OTHER',
    severity: 'MEDIUM',
    criteria: '集体资产发包应当公开招标，合同报乡镇经管站备案。',
    condition: '集体山林、鱼塘发包未公开招标，承包合同未备案。',
    recommendation: '重新履行发包程序，合同报乡镇经管站备案。',
    thousands: [5, 60],
  },
];

/** Findings recorded in month m (8-12) are still open with these weights: OPEN, RECTIFYING, RECTIFIED, CLOSED. */
function statusOf(rng: Random, month: number): FindingStatus {
  const late = (month - 8) / 4;
  const roll = rng.next();
  if (roll < 0.1 + 0.3 * late) return 'OPEN';
  if (roll < 0.35 + 0.3 * late) return 'RECTIFYING';
  if (roll < 0.65 + 0.2 * late) return 'RECTIFIED';
  return 'CLOSED';
}

export function demoVillageFinanceAudit(county: Division, villages: readonly Division[]): DemoCountyAudit | null {
  const audited = villages.filter((v) => new Random(`village-audit:${v.code}`).chance(AUDITED_SHARE));
  if (!audited.length) return null;
  const project = {
    id: `AP-${county.code}-2`,
    name: `2017年${county.name}村级财务收支审计`,
    type: 'VILLAGE_FINANCE',
    region_code: county.code,
    period_from: '2017-01',
    period_to: '2017-12',
    created_by: AUDITOR,
    created_at: '2017-08-01 01:00:00.000',
  };
  const findings: FindingRow[] = [];
  const rectifications: RectificationRow[] = [];
  let seq = FIRST_SEQ;
  for (const village of audited) {
    const rng = new Random(`village-audit-findings:${village.code}`);
    const count = rng.int(1, 3);
    for (let n = 0; n < count; n++, seq++) {
      const problem = rng.pick(PROBLEMS);
      const month = rng.int(8, 12);
      const day = String(rng.int(1, 27)).padStart(2, '0');
      const questioned = problem.thousands[1] ? rng.int(problem.thousands[0], problem.thousands[1]) * 100_000 : 0;
      const status = statusOf(rng, month);
      const id = `FND-${county.code}-2017-${String(seq).padStart(4, '0')}`;
      const recordedAt = `2017-${String(month).padStart(2, '0')}-${day} 02:00:00.000`;
      const recovered = status === 'OPEN' ? 0 : status === 'RECTIFYING' ? Math.floor(questioned / 2) : questioned;
      findings.push({
        id,
        ref_no: `审发〔2017〕${county.code}-${String(seq).padStart(4, '0')}`,
        project_id: project.id,
        region_code: village.code,
        subject_type: 'REGION',
        subject_id: village.code,
        fund_project_id: null,
        type: problem.type,
        severity: problem.severity,
        criteria: problem.criteria,
        condition_text: `${village.name}${problem.condition}`,
        cause: null,
        effect: null,
        recommendation: problem.recommendation,
        questioned_amount: questioned,
        recovered_amount: recovered,
        status,
        rectification_due: `2018-${String(month - 6).padStart(2, '0')}-${day}`,
        is_repeat: false,
        alert_id: null,
        recorded_by: AUDITOR,
        recorded_at: recordedAt,
        closed_by: status === 'CLOSED' ? AUDITOR : null,
        closed_at: status === 'CLOSED' ? '2017-12-28 03:00:00.000' : null,
        closing_note: status === 'CLOSED' ? '整改到位，予以销号。' : null,
      });
      if (status !== 'OPEN') {
        rectifications.push({
          id: `${id}-R1`,
          finding_id: id,
          action_taken: status === 'RECTIFYING' ? '已制定整改方案，部分问题已整改。' : '问题已全部整改，相关资金已归还。',
          money_recovered: recovered,
          evidence: '整改报告及凭证',
          completes: status !== 'RECTIFYING',
          verified_by: AUDITOR,
          // Year-end verification, after the last finding was recorded.
          verified_at: '2017-12-28 01:00:00.000',
        });
      }
    }
  }
  return { project, findings, rectifications };
}

/** The village finance audits of every county under `regionCode` (province scale). */
export function demoVillageFinanceAudits(regionCode: string): DemoCountyAudit[] {
  const villages = readDivisions().filter((d) => d.level === 'VILLAGE' && d.code.startsWith(regionCode));
  return readDivisions()
    .filter((d) => d.level === 'COUNTY' && d.code.startsWith(regionCode))
    .flatMap((county) => demoVillageFinanceAudit(county, villages.filter((v) => v.code.startsWith(county.code))) ?? []);
}
