import { GraphQLError } from 'graphql';
import { badUserInput } from '../../../../lib/errors';
import { outsideRequest } from '../../../../lib/request-stats';
import type { AlertSource } from '../datasources/alerts';
import type { ComparisonRunSource } from '../datasources/comparison-runs';
import type { DeathRegisterSource } from '../datasources/death-register';
import type { ComparisonRunRow } from '../datasources/rows';
import { ruleNamed } from '../rules';
import type { AlertCandidate, OfficialFact, PaymentFact } from '../rules/rule';
import type { GraphReader } from './graph-reader';
import type { RunKeeper } from './run-keeper';

/** The longest span of months one run may compare. */
export const MAX_RUN_MONTHS = 36;

export interface ComparisonRequest {
  readonly rule: string;
  readonly regionCode: string;
  readonly from: string;
  readonly to: string;
  readonly startedBy: string;
}

export interface ComparisonDeps {
  readonly runs: ComparisonRunSource;
  readonly alerts: AlertSource;
  readonly deaths: DeathRegisterSource;
  readonly graph: GraphReader;
  /** Records this process as the run's owner and keeps its heartbeat while it goes on. */
  readonly keeper: RunKeeper;
}

/** Months read at the same time: the gateway and finance serve several page chains at once. */
export const CONCURRENT_PERIODS = 3;

/** How long `runComparison` waits for a run before answering with it still RUNNING (the gateway gives auditors 15 s). */
export const RUN_WAIT_MS = 8_000;

export interface StartedComparison {
  /** The run as recorded at its start (RUNNING). */
  readonly run: ComparisonRunRow;
  /** The run as recorded at its end: DONE, or rejected with the failure (the record says FAILED). */
  readonly done: Promise<ComparisonRunRow>;
}

/**
 * Starts one rule over a region and a span of months: checks the request, records the run
 * (RUNNING), and goes on in the background: reads the officials register when the rule needs
 * it, then the payments of each month page by page (a few months at a time, each with a rule
 * run of its own), hands every page to the rule and raises its
 * alerts (skipping subjects already alerted by the same rule version; superseding the older
 * versions' alerts on the subjects it flags, and, once a month is read, on the payments it read
 * and no longer flags: alert-supersession.ts), and records what was read and raised. A
 * province-wide run outlives the request that started it; callers follow it with
 * `comparisonRun(id)`. A failure is recorded (FAILED, with the rows read so far); the
 * alerts raised until then stay, since a re-run skips them.
 */
export async function startComparison(deps: ComparisonDeps, request: ComparisonRequest): Promise<StartedComparison> {
  const rule = ruleNamed(request.rule);
  const periods = monthsBetween(request.from, request.to);
  const run = await deps.runs.start({ ...request, ruleVersion: rule.version, owner: deps.keeper.owner });
  deps.keeper.hold(run.id);
  let rowsRead = 0;
  const work = async () => {
    let officials: OfficialFact[] = [];
    if (rule.needsOfficials) {
      officials = await deps.graph.officials(request.regionCode);
      rowsRead += officials.length;
    }
    const references = { datesOfDeath: (keys: readonly string[]) => deps.deaths.datesOfDeath(keys), officials };
    const raise = (candidates: Parameters<AlertSource['raise']>[3]) =>
      deps.alerts.raise(run.id, rule.name, rule.version, candidates);
    const queue = [...periods];
    let stopped = false;
    // Each month is its own cursor chain and its own rule state, so months overlap without mixing.
    const comparePeriod = async (period: string) => {
      const ruleRun = rule.start(references);
      // Older versions' alerts on the month's payments, and the payments this version flags:
      // once the month is read, those it no longer flags are superseded without a successor.
      const earlier = new Map<string, string>();
      const flagged = new Set<string>();
      const raiseFlagged = async (candidates: AlertCandidate[]) => {
        for (const c of candidates) if (c.subject.type === 'PAYMENT') flagged.add(c.subject.id);
        await raise(candidates);
      };
      for await (const page of deps.graph.payments(request.regionCode, period)) {
        if (stopped) return;
        rowsRead += page.length;
        for (const a of await deps.alerts.earlierOnPayments(rule.name, rule.version, judged(page))) earlier.set(a.id, a.subject_id);
        await raiseFlagged(await ruleRun.consume(page));
      }
      await raiseFlagged(ruleRun.finishPeriod());
      await deps.alerts.retire(run.id, [...earlier].filter(([, payment]) => !flagged.has(payment)).map(([id]) => id));
    };
    const worker = async () => {
      try {
        for (let period = queue.shift(); period !== undefined && !stopped; period = queue.shift()) await comparePeriod(period);
      } catch (err) {
        stopped = true;
        throw err;
      }
    };
    // Every worker has stopped before the run is recorded, so nothing is raised after its record.
    const ended = await Promise.allSettled(Array.from({ length: Math.min(CONCURRENT_PERIODS, periods.length) }, worker));
    const failure = ended.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failure) throw failure.reason;
  };
  // The run outlives the request that starts it: its statements are not the request's, so they
  // are neither refused nor killed when that request's caller goes.
  const done = outsideRequest(() =>
    work().then(
      async () => deps.runs.finish(run, { status: 'DONE', rowsRead, alertsRaised: await deps.alerts.countRaised(run.id) }),
      async (err: unknown) => {
        await deps.runs.finish(run, {
          status: 'FAILED',
          rowsRead,
          alertsRaised: await deps.alerts.countRaised(run.id),
          failure: err instanceof GraphQLError ? err.message : 'an internal error stopped the run; see the audit subgraph log',
        });
        throw err;
      },
    ),
  ).finally(() => deps.keeper.release(run.id));
  return { run, done };
}

/**
 * The payments of a page whose older alerts the run may supersede when it does not flag them:
 * payments, not reversals, read with their person key. A payment whose person the gateway did
 * not disclose is skipped by the rules that need one, so not flagging it says nothing: an older
 * alert on it stays as it is rather than be closed on a judgement no rule made.
 */
function judged(page: readonly PaymentFact[]): string[] {
  return page.filter((p) => p.reversalOf === null && p.status === 'PAID' && p.personKey !== null).map((p) => p.id);
}

/** The months from `from` to `to`, both included; BAD_USER_INPUT when reversed or too many. */
export function monthsBetween(from: string, to: string): string[] {
  if (from > to) throw badUserInput(`from (${from}) must not be after to (${to})`);
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number);
  for (;;) {
    const period = `${year}-${String(month).padStart(2, '0')}`;
    if (period > to) break;
    months.push(period);
    if (months.length > MAX_RUN_MONTHS) throw badUserInput(`A run may compare at most ${MAX_RUN_MONTHS} months; split ${from}..${to}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}
