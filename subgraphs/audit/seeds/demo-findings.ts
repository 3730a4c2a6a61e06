import { demoProjectId } from '../../../lib/demo/payments';
import { readDivisions, type Division } from '../../../lib/regions/divisions';
import { Random } from '../../../lib/random';
import type { AuditProjectRow, FindingRow, RectificationRow } from '../src/datasources/rows';

/**
 * The demo audit of every county: one special-fund audit project of the first half of 2017
 * with four findings, one in each status, so every screen has something to show:
 *
 *   0001 OPEN        a village's bookkeeping (subject: the village)
 *   0002 RECTIFYING  irregular DIBAO payments (subject: the county's DIBAO project), partly refunded
 *   0003 RECTIFIED   a township's late disclosures (subject: the township), rectified
 *   0004 CLOSED      misused TEKUN money (subject: the county's TEKUN project), refunded and closed
 *
 * So each county has two open findings (OPEN + RECTIFYING): one on a village, one on the county.
 * Which village and township is decided by a seeded generator from the county code alone.
 */
export interface DemoCountyAudit {
  readonly project: AuditProjectRow;
  readonly findings: FindingRow[];
  readonly rectifications: RectificationRow[];
}

const AUDITOR = 'demo-auditor';

export function demoCountyAudit(county: Division, under: readonly Division[]): DemoCountyAudit {
  const rng = new Random(`audit:${county.code}`);
  const townships = under.filter((d) => d.level === 'TOWNSHIP');
  const township = rng.pick(townships);
  const villages = under.filter((d) => d.level === 'VILLAGE');
  const village = rng.pick(villages);
  const project: AuditProjectRow = {
    id: `AP-${county.code}-1`,
    name: `2017年上半年${county.name}民生资金专项审计`,
    type: 'SPECIAL_FUND',
    region_code: county.code,
    period_from: '2017-01',
    period_to: '2017-06',
    created_by: AUDITOR,
    created_at: '2017-07-03 01:00:00.000',
  };
  const finding = (seq: number, fields: Partial<FindingRow>): FindingRow => ({
    id: `FND-${county.code}-2017-${String(seq).padStart(4, '0')}`,
    ref_no: `审发〔2017〕${county.code}-${String(seq).padStart(4, '0')}`,
    project_id: project.id,
    region_code: county.code,
    subject_type: null,
    subject_id: null,
    fund_project_id: null,
    type: 'OTHER',
    severity: 'LOW',
    criteria: '',
    condition_text: '',
    cause: null,
    effect: null,
    recommendation: null,
    questioned_amount: 0,
    recovered_amount: 0,
    status: 'OPEN',
    rectification_due: '2017-10-31',
    is_repeat: false,
    alert_id: null,
    recorded_by: AUDITOR,
    recorded_at: `2017-07-${String(10 + seq).padStart(2, '0')} 02:00:00.000`,
    closed_by: null,
    closed_at: null,
    closing_note: null,
    ...fields,
  });
  const misusedDibao = rng.int(20, 90) * 100_000;
  const misusedTekun = rng.int(10, 50) * 100_000;
  const findings = [
    finding(1, {
      region_code: village.code,
      subject_type: 'REGION',
      subject_id: village.code,
      type: 'MANAGEMENT_WEAKNESS',
      criteria: '《村集体经济组织会计制度》：会计凭证应当连续编号，原始凭证应当经审核签字。',
      condition_text: `${village.name}2017年上半年有凭证未连续编号、原始凭证缺审核签字。`,
      cause: '村报账员更换后未交接凭证编号规则。',
      recommendation: '补签审核意见，重新连续编号，乡镇经管站复核。',
    }),
    finding(2, {
      subject_type: 'FUND_PROJECT',
      subject_id: demoProjectId(county.code, 'DIBAO'),
      fund_project_id: demoProjectId(county.code, 'DIBAO'),
      type: 'IRREGULAR_PAYMENT',
      severity: 'MEDIUM',
      criteria: '《社会救助暂行办法》第十一条：最低生活保障实行动态管理。',
      condition_text: `抽查发现${county.name}部分低保对象家庭收入已超过保障标准仍在享受，涉及金额见审定金额。`,
      cause: '年度复核流于形式。',
      effect: '低保资金未用于最困难群众。',
      recommendation: '停发不符合条件对象的低保金并追回，完善年度复核。',
      questioned_amount: misusedDibao,
      recovered_amount: Math.floor(misusedDibao / 2),
      status: 'RECTIFYING',
    }),
    finding(3, {
      region_code: township.code,
      subject_type: 'REGION',
      subject_id: township.code,
      type: 'DISCLOSURE_FAILURE',
      criteria: '《村务公开条例》：财务收支情况每月公布一次。',
      condition_text: `${township.name}所辖村2017年3月至5月财务公开逾期。`,
      recommendation: '补公开并建立按月公开台账。',
      status: 'RECTIFIED',
    }),
    finding(4, {
      subject_type: 'FUND_PROJECT',
      subject_id: demoProjectId(county.code, 'TEKUN'),
      fund_project_id: demoProjectId(county.code, 'TEKUN'),
      type: 'FUND_MISAPPROPRIATION',
      severity: 'HIGH',
      criteria: '特困人员救助供养资金专款专用，不得挤占挪用。',
      condition_text: `${county.name}民政局将部分特困供养资金用于办公楼维修。`,
      effect: '特困人员供养资金发放延迟一个月。',
      recommendation: '归还原资金渠道，追究相关人员责任。',
      questioned_amount: misusedTekun,
      recovered_amount: misusedTekun,
      status: 'CLOSED',
      closed_by: AUDITOR,
      closed_at: '2017-11-20 03:00:00.000',
      closing_note: '资金已全额归还，整改到位。',
    }),
  ];
  const rectification = (findingId: string, n: number, fields: Partial<RectificationRow>): RectificationRow => ({
    id: `${findingId}-R${n}`,
    finding_id: findingId,
    action_taken: '',
    money_recovered: 0,
    evidence: null,
    completes: false,
    verified_by: AUDITOR,
    verified_at: `2017-${String(8 + n).padStart(2, '0')}-15 02:00:00.000`,
    ...fields,
  });
  const rectifications = [
    rectification(findings[1].id, 1, {
      action_taken: '已停发不符合条件对象的低保金，追回部分资金。',
      money_recovered: Math.floor(misusedDibao / 2),
      evidence: '退款凭证 2017-08 第12号',
    }),
    rectification(findings[2].id, 1, { action_taken: '已补公开3至5月财务收支并建立按月公开台账。', completes: true, evidence: '公开栏照片' }),
    rectification(findings[3].id, 1, {
      action_taken: '归还资金的一半至专户。',
      money_recovered: Math.floor(misusedTekun / 2),
      evidence: '专户进账单 2017-09-02',
    }),
    rectification(findings[3].id, 2, {
      action_taken: '归还其余资金至专户，对相关责任人诫勉谈话。',
      money_recovered: misusedTekun - Math.floor(misusedTekun / 2),
      evidence: '专户进账单 2017-10-09；谈话记录',
      completes: true,
    }),
  ];
  return { project, findings, rectifications };
}

/** The demo audit of every county under `regionCode`. */
export function demoAudits(regionCode: string): DemoCountyAudit[] {
  const divisions = readDivisions().filter((d) => d.code.startsWith(regionCode));
  return divisions
    .filter((d) => d.level === 'COUNTY')
    .map((county) => ({ county, under: divisions.filter((d) => d.code.startsWith(county.code) && d.code !== county.code) }))
    // A county without townships and villages in the divisions file has nothing to audit here.
    .filter(({ under }) => under.some((d) => d.level === 'VILLAGE') && under.some((d) => d.level === 'TOWNSHIP'))
    .map(({ county, under }) => demoCountyAudit(county, under));
}
