import { DEMO_PROGRAMS } from '../../../lib/demo/programs';
import { demoOfficials } from '../../../lib/demo/officials';
import { demoPayments, demoProjectId } from '../../../lib/demo/payments';
import { demoPeople } from '../../../lib/demo/people';
import { maskIdNumber, personKey } from '../../../lib/person';
import { Random } from '../../../lib/random';
import type { Division } from '../../../lib/regions/divisions';
import type { ComplaintCategory, ComplaintEventRow, ComplaintRow, Satisfaction, SubjectType } from '../src/datasources/rows';
import { COMPLAINT_CATEGORIES } from '../src/datasources/rows';
import { newComplaintRow, submitEvent } from '../src/workflow/submit';
import type { Submission } from '../src/workflow/submission';
import { takeStep, TRANSITIONS, type Actor, type StepCommand } from '../src/workflow/transitions';

/**
 * Demo complaints over 2017: about two villages in five have one, some two; a few are filed
 * at township level. Each is built as submitComplaint builds a submission (newComplaintRow,
 * submitEvent) and taken through the real state machine as the store takes steps (takeStep) on
 * a simulated clock to an outcome drawn per complaint, so statuses, deadlines and timelines
 * agree, and every status occurs. All that were left open are overdue by now. Subjects name the shared
 * demo payments, projects and officials (lib/demo) by id.
 */

type Outcome = 'SUBMITTED' | 'REJECTED' | 'ACCEPTED' | 'ASSIGNED' | 'TRANSFERRED' | 'REPLIED' | 'UNDER_REVIEW' | 'CLOSED';

const OUTCOMES: Array<[Outcome, number]> = [
  ['SUBMITTED', 6],
  ['REJECTED', 7],
  ['ACCEPTED', 5],
  ['ASSIGNED', 10],
  ['TRANSFERRED', 4],
  ['REPLIED', 18],
  ['UNDER_REVIEW', 5],
  ['CLOSED', 45],
];

const CONTENT: Record<ComplaintCategory, string[]> = {
  FUND_MISUSE: ['村里修路的专项资金被挪作他用，路至今没有修。', '扶贫项目资金去向不明，希望查一查。'],
  SUBSIDY_FRAUD: ['有人家境富裕却一直领低保。', '耕地地力保护补贴发给了早已不种地的人。'],
  VILLAGE_FINANCE: ['村集体账目多年没有公开，收支说不清楚。', '村里出租山林的收入没有入账。'],
  DISCLOSURE: ['村务公开栏半年没有更新。', '低保名单没有按规定公示。'],
  OFFICIAL_CONDUCT: ['村干部优亲厚友，把补贴名额给了亲戚。', '村干部办事要收好处费。'],
  OTHER: ['反映村里集体经济合同签订不规范的问题。', '对村里征地补偿分配有意见。'],
};

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const DEPARTMENTS = ['县民政局', '县财政局', '县农业农村局', '乡镇纪委', '乡镇人民政府'];
const SATISFACTIONS: Satisfaction[] = ['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'];

function pickWeighted<T>(rng: Random, items: Array<[T, number]>): T {
  let n = rng.next() * items.reduce((sum, [, w]) => sum + w, 0);
  for (const [item, w] of items) {
    n -= w;
    if (n < 0) return item;
  }
  return items[items.length - 1][0];
}

function subjectFor(rng: Random, village: string): { type: SubjectType; id: string } | null {
  const roll = rng.next();
  if (roll < 0.25) return { type: 'Payment', id: rng.pick(demoPayments(village)).id };
  if (roll < 0.35) return { type: 'FundProject', id: demoProjectId(village.slice(0, 6), rng.pick(DEMO_PROGRAMS).code) };
  if (roll < 0.45) return { type: 'Official', id: rng.pick(demoOfficials(village)).id };
  return null;
}

export interface DemoComplaint {
  readonly row: ComplaintRow;
  readonly events: ComplaintEventRow[];
}

/** One complaint taken from submission to its outcome. */
function demoComplaint(secret: string, rng: Random, id: string, village: string, neighbour: string | null): DemoComplaint {
  const regionCode = rng.chance(0.05) ? village.slice(0, 9) : village;
  const category = rng.pick(COMPLAINT_CATEGORIES);
  const anonymous = rng.chance(0.4);
  const person = demoPeople(village)[rng.int(0, 11)];
  const submission: Submission = {
    regionCode,
    category,
    content: rng.pick(CONTENT[category]),
    subject: subjectFor(rng, village),
    anonymous,
    contactName: anonymous ? null : person.name,
    contactPhone: anonymous ? null : `139${String(rng.int(0, 99_999_999)).padStart(8, '0')}`,
    personKey: anonymous ? null : personKey(secret, person.idNumber),
    maskedIdNumber: anonymous ? null : maskIdNumber(person.idNumber),
    allowPublish: rng.chance(0.5),
    idempotencyKey: `seed-${id}`,
  };
  // Office hours in Beijing: 08:00-17:00, i.e. 00:00-09:00 UTC.
  let clock = Date.UTC(2017, 0, 1) + rng.int(0, 363) * DAY_MS + rng.int(0, 8) * HOUR_MS + rng.int(0, 59) * 60_000;
  const salt = Array.from({ length: 4 }, () => rng.int(0, 0xffffffff).toString(16).padStart(8, '0')).join('');
  let row = newComplaintRow(secret, submission, { id, salt, at: new Date(clock) });
  const events: ComplaintEventRow[] = [submitEvent(row)];
  const office: Actor = { kind: 'OFFICE', sub: `demo-complaints-staff-${regionCode.slice(0, 6)}` };
  const submitter: Actor = { kind: 'SUBMITTER', sub: null };
  const step = (afterDays: [number, number], command: StepCommand) => {
    clock += rng.int(afterDays[0], afterDays[1]) * DAY_MS + rng.int(0, 6) * HOUR_MS;
    const taken = takeStep(row, command, TRANSITIONS[command.action].by === 'SUBMITTER' ? submitter : office, new Date(clock));
    row = taken.next;
    events.push(taken.event);
  };
  const reply = () =>
    step([10, 70], {
      action: 'REPLY',
      reply: '经调查核实，已责成相关单位整改，并将处理结果在村务公开栏公示。',
      substantiated: rng.chance(0.55),
    });
  const rate = (satisfaction: Satisfaction) => step([1, 10], { action: 'RATE', satisfaction, comment: null });

  const outcome = pickWeighted(rng, OUTCOMES);
  if (outcome === 'SUBMITTED') return { row, events };
  if (outcome === 'REJECTED') {
    step([1, 14], { action: 'REJECT', reason: '反映的事项不属于本机关职责范围，已告知向有权机关提出。' });
    return { row, events };
  }
  step([1, 18], { action: 'ACCEPT' });
  if (outcome === 'ACCEPTED') return { row, events };
  const transfer = neighbour !== null && (outcome === 'TRANSFERRED' || rng.chance(0.1));
  if (transfer) step([1, 5], { action: 'TRANSFER', regionCode: neighbour!, reason: '事发地在相邻村，转交属地办理。' });
  if (outcome === 'TRANSFERRED') return { row, events };
  step([1, 5], { action: 'ASSIGN', department: rng.pick(DEPARTMENTS) });
  if (rng.chance(0.15)) step([5, 30], { action: 'EXTEND', days: rng.int(10, 30), reason: '案情复杂，需要进一步调查。' });
  if (outcome === 'ASSIGNED') return { row, events };
  reply();
  if (outcome === 'UNDER_REVIEW') {
    if (rng.chance(0.7)) rate('DISSATISFIED');
    step([1, 15], { action: 'REQUEST_REVIEW', reason: '对处理结果不满意，请求复查。' });
    return { row, events };
  }
  if (outcome === 'CLOSED' && rng.chance(0.15)) {
    rate('DISSATISFIED');
    step([1, 15], { action: 'REQUEST_REVIEW', reason: '对处理结果不满意，请求复查。' });
    step([5, 25], { action: 'REPLY', reply: '复查后维持原处理意见。', substantiated: Boolean(row.substantiated) });
  }
  if (rng.chance(outcome === 'CLOSED' ? 0.8 : 0.5)) rate(rng.pick(SATISFACTIONS));
  if (outcome === 'CLOSED') step([3, 20], { action: 'CLOSE' });
  return { row, events };
}

/** Every demo complaint of the villages, in a fixed order. */
export function demoComplaints(secret: string, villages: readonly Division[]): DemoComplaint[] {
  const complaints: DemoComplaint[] = [];
  villages.forEach((village, i) => {
    const rng = new Random(`complaints:${village.code}`);
    const count = rng.chance(0.35) ? (rng.chance(0.25) ? 2 : 1) : 0;
    const next = villages[i + 1];
    const neighbour = next && next.code.slice(0, 9) === village.code.slice(0, 9) ? next.code : null;
    for (let n = 1; n <= count; n++) {
      complaints.push(demoComplaint(secret, rng, `CMP-2017-${village.code}-${n}`, village.code, neighbour));
    }
  });
  return complaints;
}
