import type { LoadResult } from './load';
import type { BenchReport, OperationReport, SoakReport } from './report-types';
import { ratioOf } from './rounds';
import { DIRECT_LINE, fmt, IMPORT_LINE, mib, pct, STOCK_LINE, times } from './targets';

/** The Markdown report: the tables the README shows, then the targets and how they were measured. */

/** Text fit for one table cell: a `|` or a line break would end the cell or the row. */
const inCell = (text: string) => text.replace(/\|/g, '/').replace(/\s*[\r\n]+\s*/g, ' ');

/** Gateway against direct in percent, against the 70% line where that target applies. */
const ofDirectPct = (op: OperationReport, ratio: number) => pct(ratio, op.singleSubgraph ? DIRECT_LINE : undefined);

function cell(result: LoadResult | null, key: 'rps' | 'p50' | 'p99' | 'sqlPerRequest'): string {
  if (!result) return '–';
  const value = fmt(result[key]);
  return result.failures && key === 'rps' ? `${value} (${result.failures} failed)` : value;
}

export function operationsTable(report: BenchReport): string {
  const stock = report.operations.some((op) => op.stock);
  const head = [
    'operation',
    'gateway req/s',
    'p50 ms',
    'p99 ms',
    'SQL/req',
    'direct req/s',
    'direct p50',
    'gateway/direct',
    ...(stock ? ['stock req/s', 'stock p50', 'gateway/stock'] : []),
  ];
  const rows = report.operations.map((op) => {
    if (op.error) return [op.name, `not measured: ${inCell(op.error).slice(0, 120)}`, ...head.slice(2).map(() => '')];
    const sql = op.sqlSingle.gateway === null ? '–' : fmt(op.sqlSingle.gateway);
    const ofDirect = op.gateway && op.direct ? ratioOf(op.gateway.rps, op.direct.rps) : null;
    const ofStock = op.gateway && op.stock ? ratioOf(op.gateway.rps, op.stock.rps) : null;
    return [
      op.name,
      cell(op.gateway, 'rps'),
      cell(op.gateway, 'p50'),
      cell(op.gateway, 'p99'),
      sql,
      cell(op.direct, 'rps'),
      cell(op.direct, 'p50'),
      ofDirect === null ? '–' : ofDirectPct(op, ofDirect),
      ...(stock ? [cell(op.stock, 'rps'), cell(op.stock, 'p50'), ofStock === null ? '–' : times(ofStock)] : []),
    ];
  });
  const { gateway, stock: stockMix } = report.mix;
  if (gateway) {
    const ofStock = stockMix ? ratioOf(gateway.rps, stockMix.rps) : null;
    rows.push([
      '**whole mix**',
      cell(gateway, 'rps'),
      cell(gateway, 'p50'),
      cell(gateway, 'p99'),
      fmt(gateway.sqlPerRequest),
      '–',
      '–',
      '–',
      // The 2x target is judged on the whole mix: its ratio here agrees with the verdict.
      ...(stock ? [cell(stockMix, 'rps'), cell(stockMix, 'p50'), ofStock === null ? '–' : times(ofStock, STOCK_LINE)] : []),
    ]);
  }
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/**
 * CPU ms per request of every process that did work, through the gateway and straight to the
 * subgraph, for the single-subgraph operations: what the gateway's hop costs the machine.
 */
export function cpuTable(report: BenchReport): string {
  const ops = report.operations.filter((op) => op.singleSubgraph && op.gateway && op.direct);
  const labels = [...new Set(ops.flatMap((op) => [...Object.keys(op.gateway!.cpuMsPerRequest ?? {}), ...Object.keys(op.direct!.cpuMsPerRequest ?? {})]))];
  const busy = labels.filter((label) => ops.some((op) => (op.gateway!.cpuMsPerRequest?.[label] ?? 0) >= 0.01 || (op.direct!.cpuMsPerRequest?.[label] ?? 0) >= 0.01));
  if (!busy.length) {
    return ops.length
      ? 'No process used 0.01 ms or more per request (a report from before CPU was measured has none).'
      : 'No single-subgraph operation was measured both through the gateway and straight to its subgraph.';
  }
  const row = (name: string, target: string, result: LoadResult) => {
    const cpu = result.cpuMsPerRequest ?? {};
    const total = busy.reduce((sum, label) => sum + (cpu[label] ?? 0), 0);
    return `| ${name} | ${target} | ${busy.map((label) => (cpu[label] ?? 0).toFixed(2)).join(' | ')} | ${total.toFixed(2)} |`;
  };
  return [
    `| operation | sent to | ${busy.join(' | ')} | all |`,
    `|---|---|${busy.map(() => '---').join('|')}|---|`,
    ...ops.flatMap((op) => [row(op.name, 'gateway', op.gateway!), row(op.name, 'subgraph', op.direct!)]),
  ].join('\n');
}

/**
 * Each round's gateway and direct req/s of the operations measured in rounds, and the median
 * round the tables show; empty for a report from before rounds.
 */
export function roundsLines(report: BenchReport): string[] {
  return report.operations
    .filter((op) => !op.error && op.rounds?.length)
    .map((op) => {
      const rounds = op.rounds!.map((r, i) => `${i + 1}: ${fmt(r.gateway.rps)} / ${fmt(r.direct.rps)} (${r.ratio === null ? '–' : ofDirectPct(op, r.ratio)})`);
      const median = op.rounds![op.medianRound! - 1];
      return `- ${op.name}: ${rounds.join('; ')}; median ${median.ratio === null ? '–' : ofDirectPct(op, median.ratio)} (round ${op.medianRound})`;
    });
}

/**
 * How many of our gateway's subgraph fetches went in batches (gateway/src/subgraph-batch.ts)
 * while each operation, and the mix, ran through it (the median round's run); none for a report
 * from before batching.
 */
export function batchingLines(report: BenchReport): string[] {
  const line = (name: string, result: LoadResult | null) => {
    const b = result?.batching;
    if (!b || b.fetches <= 0) return [];
    const share = `${Math.round((b.batched / b.fetches) * 100)}% of ${fmt(b.fetches)} subgraph fetches in batches`;
    return [`- ${name}: ${share}${b.batches ? `, ${(b.batched / b.batches).toFixed(1)} per batch on average` : ''}`];
  };
  return [
    ...report.operations.filter((op) => !op.error).flatMap((op) => line(op.name, op.gateway)),
    ...line('whole mix', report.mix.gateway),
  ];
}

export function memoryTable(report: BenchReport): string {
  const rows = Object.entries(report.memory).map(([label, m]) => `| ${label} | ${mib(m.start)} | ${mib(m.end)} | ${mib(m.peak)} |`);
  return ['| process | RSS after warm-up | RSS at end | peak |', '|---|---|---|---|', ...rows].join('\n');
}

export function targetsTable(report: BenchReport): string {
  const mark = (met: boolean | null) => (met === null ? 'not measured' : met ? '**met**' : '**not met**');
  return ['| target | result | measured |', '|---|---|---|', ...report.targets.map((t) => `| ${t.target} | ${mark(t.met)} | ${inCell(t.detail)} |`)].join('\n');
}

/** The share of fetches batched, as a paragraph after the CPU table; nothing for a report from before batching. */
function batchedParagraph(report: BenchReport): string[] {
  const lines = batchingLines(report);
  if (!lines.length) return [];
  return [
    'Subgraph fetches of one caller made in the same turn of the gateway\'s event loop go to their subgraph in one HTTP',
    'request (gateway/src/subgraph-batch.ts). Through our gateway, in the median round:',
    '',
    ...lines,
    '',
  ];
}

/** The whole mix's rounds against the stock gateway; nothing for a report from before they had rounds. */
function mixRoundsParagraph(report: BenchReport): string[] {
  const { rounds, medianRound } = report.mix;
  if (!rounds?.length || medianRound === undefined) return [];
  const each = rounds.map((r, i) => `${i + 1}: ${fmt(r.gateway.rps)} / ${fmt(r.stock.rps)} (${r.ratio === null ? '–' : times(r.ratio, STOCK_LINE)})`);
  const median = rounds[medianRound - 1];
  return [
    `The whole mix against the stock gateway, in ${rounds.length} rounds taken the same way (ours first in odd rounds); the 2x target and the`,
    "table's row are the median round's. Each round, req/s through our gateway / through the stock one:",
    '',
    `- whole mix: ${each.join('; ')}; median ${median.ratio === null ? '–' : times(median.ratio, STOCK_LINE)} (round ${medianRound})`,
    '',
  ];
}

/**
 * How gateway and direct were measured in rounds, each round, and which operations with a direct
 * target had one pair of runs instead; nothing for a report from before rounds.
 */
function roundsParagraph(report: BenchReport): string[] {
  const lines = roundsLines(report);
  const { rounds, roundWarmup, warmup } = report.settings;
  if (!lines.length || rounds === undefined || roundWarmup === undefined) return [];
  const once = report.operations.filter((op) => !op.error && op.direct && !op.rounds?.length).map((op) => op.name);
  const alone = once.length
    ? [`${once.join(', ')}: one gateway run and one direct run, not in rounds (not single-subgraph: the 70% target does not judge ${once.length > 1 ? 'their ratios' : 'its ratio'}).`, '']
    : [];
  return [
    report.settings.roundOrder === 'taking-turns'
      ? `Gateway against direct, in ${rounds} rounds of a run of each (gateway first in odd rounds, direct first in even ones), ${report.settings.duration} s each, after ${warmup} s of warm-up`
      : `Gateway against direct, in ${rounds} alternating rounds (gateway, direct, gateway, direct, ...) of ${report.settings.duration} s each, after ${warmup} s of warm-up`,
    `in the first round and ${roundWarmup} s in the later ones. The 70% target is judged on the median of the rounds' ratios (of an even`,
    'count the lower middle one, a ratio most rounds reached) rather than on the ratio of the medians: the two runs of a round',
    'are next to each other in time, so a change in what else loads the shared cores weighs on both sides of its ratio. The',
    'operations and CPU tables show the median round. Each round, req/s through the gateway / straight to the subgraph (ratio):',
    '',
    ...lines,
    '',
    ...alone,
  ];
}

const bySubgraph = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([name, n]) => `${name} ${fmt(n)}`)
    .join(', ') || 'none';

export function renderMarkdown(report: BenchReport): string {
  const m = report.machine;
  const lines = [
    `# Benchmark: ${report.scale} scale`,
    '',
    `${report.generatedAt} on ${m.cpus} (${m.cores} cores), ${m.memory}, ${m.os}, Node ${m.node}, ${m.database}.`,
    `autocannon: ${report.settings.connections} connections, ${report.settings.duration} s measured per operation and target after ${report.settings.warmup} s of warm-up${report.settings.apq ? ', operations sent as persisted-query hashes (APQ)' : ''};`,
    'load generator, gateway, subgraphs and MariaDB share the machine.',
    `Gateway: ${report.techniques}`,
    '',
    '## Operations',
    '',
    operationsTable(report),
    '',
    'SQL/req: statements the four subgraphs sent to MariaDB per request, one request at a time, counted at the driver',
    '(mysql2 diagnostics channels) in each subgraph process; connection set-up excluded; each probe\'s text is made',
    'unique so the response cache cannot answer it. Under load, with the response cache and in-flight deduplication,',
    'it is lower: see the JSON report (`sqlPerRequest` of each measurement).',
    '',
    ...roundsParagraph(report),
    ...mixRoundsParagraph(report),
    'Statements per request by subgraph, and at a small and a large page size:',
    '',
    ...report.operations.filter((op) => !op.error).map((op) => `- ${op.name}: ${bySubgraph(op.sqlSingle.bySubgraph)}`),
    ...report.operations.filter((op) => op.pageSize).map((op) =>
      `- ${op.name}: ${fmt(op.pageSize!.smallSql)} statements at first=${op.pageSize!.small} (${bySubgraph(op.pageSize!.smallBySubgraph)}), ` +
        `${fmt(op.pageSize!.largeSql)} at first=${op.pageSize!.large} (${bySubgraph(op.pageSize!.largeBySubgraph)})`,
    ),
    '',
    '## CPU per request (ms, user + system, from /proc) of single-subgraph operations',
    '',
    cpuTable(report),
    '',
    '`load` is the benchmark process (autocannon); `mariadb` the database server. Every process shares the same cores,',
    'so a request through the gateway costs the machine the `all` column of its gateway row.',
    '',
    ...batchedParagraph(report),
    '## Memory (resident set of each process, with its workers)',
    '',
    memoryTable(report),
    '',
  ];
  if (report.soak) {
    lines.push(
      '## Soak',
      '',
      ...soakLines(report.soak),
      '',
    );
  }
  if (report.importRate && 'ratio' in report.importRate) {
    const r = report.importRate;
    lines.push(
      '## Import rate',
      '',
      `${r.rows} ledger rows: \`npm run import\` ${fmt(r.importRowsPerSecond)} rows/s (${fmt(r.importSeconds)} s), raw multi-row INSERT ${fmt(r.rawRowsPerSecond)} rows/s (${fmt(r.rawInsertSeconds)} s): ${pct(r.ratio, IMPORT_LINE)}. ${r.note}` +
        (r.rounds?.length ? ` Rounds (import s / raw s): ${r.rounds.map((x) => `${fmt(x.importSeconds)} / ${fmt(x.rawInsertSeconds)}`).join('; ')}.` : ''),
      '',
    );
  }
  lines.push('## Targets', '', targetsTable(report), '');
  const failed = report.operations.filter((op) => op.error);
  if (failed.length) {
    lines.push('## Not measured', '', ...failed.map((op) => `- ${op.name}: ${op.error}`), '');
  }
  return lines.join('\n');
}

function soakLines(soak: SoakReport): string[] {
  const lines = [
    `The whole mix through the gateway for ${soak.seconds} s (${fmt(soak.load.rps)} req/s, ${soak.load.failures} failed), ` +
      `the first ${soak.warmupSeconds} s warm-up.`,
  ];
  if (soak.collections?.length) {
    const every = soak.collections.length > 1 ? soak.collections[1].t - soak.collections[0].t : 30;
    lines.push(
      '',
      `Memory the gateway keeps: RSS right after a full garbage collection, every ${every} s from the end of warm-up, the last after the load; ` +
        (soak.retained
          ? `the readings' trend (Theil-Sen) ${mib(soak.retained.start)} at the first and ${mib(soak.retained.end)} at the last, ${fmt(soak.retained.growthPercent)}%` +
            (soak.liveHeap ? `; the live V8 heap's ${mib(soak.liveHeap.start)} and ${mib(soak.liveHeap.end)}.` : '.')
          : 'too few readings for a trend.'),
      '',
      `Each reading (s: RSS / live heap): ${soak.collections.map((c) => `${c.t}: ${mib(c.rss)} / ${mib(c.heapUsed)}`).join('; ')}.`,
    );
  }
  const rss = soak.samples.filter((s) => s.t >= soak.warmupSeconds).map((s) => s.rss);
  lines.push(
    '',
    `RSS sampled every second: mean ${mib(soak.rssAfterWarmup)} over the ${soak.windowSeconds ?? 30} s after warm-up, ` +
      `${mib(soak.rssAtEnd)} over the last ${soak.windowSeconds ?? 30} s; ` +
      `after warm-up lowest ${mib(Math.min(...rss))}, highest ${mib(Math.max(...rss))} (the V8 heap's sawtooth).`,
  );
  return lines;
}
