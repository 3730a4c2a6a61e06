import { demoAudits } from '../seeds/demo-findings';
import { demoVillageFinanceAudits } from '../seeds/village-audits';

describe('province demo village finance audits', () => {
  it('audit about a third of a county’s villages, numbering findings after the special-fund audit’s', () => {
    const [audit] = demoVillageFinanceAudits('431002');
    expect(audit.project).toMatchObject({ id: 'AP-431002-2', type: 'VILLAGE_FINANCE', region_code: '431002', period_from: '2017-01', period_to: '2017-12' });
    expect(audit.findings).toHaveLength(104);
    expect(new Set(audit.findings.map((f) => f.region_code)).size).toBe(53);
    expect([audit.findings[0].id, audit.findings[103].id]).toEqual(['FND-431002-2017-0005', 'FND-431002-2017-0108']);
    const statuses: Record<string, number> = {};
    for (const f of audit.findings) statuses[f.status] = (statuses[f.status] ?? 0) + 1;
    expect(statuses).toEqual({ OPEN: 26, RECTIFYING: 29, RECTIFIED: 27, CLOSED: 22 });
    // Every finding past OPEN has its rectification, and what it recovered is what the finding says.
    expect(audit.rectifications).toHaveLength(78);
    for (const r of audit.rectifications) expect(r.money_recovered).toBe(audit.findings.find((f) => f.id === r.finding_id)!.recovered_amount);
    const ids = [...demoAudits('431002'), audit].flatMap((a) => a.findings.map((f) => f.id));
    expect(new Set(ids).size).toBe(108);
  });

  it('cover every county of Hunan', () => {
    const audits = demoVillageFinanceAudits('43');
    expect(audits).toHaveLength(134);
    expect(audits.reduce((n, a) => n + a.findings.length, 0)).toBe(19_552);
  });
});
