import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadResult } from '../load';
import { cpuTable, memoryTable, operationsTable, renderMarkdown, roundsLines, targetsTable } from '../report-markdown';
import type { BenchReport, OperationReport } from '../report-types';
import { directRound, medianRound } from '../rounds';

const MiB = 1024 * 1024;

const load = (rps: number, p50: number, extra: Partial<LoadResult> = {}): LoadResult => ({
  requests: rps * 10,
  rps,
  p50,
  p99: p50 * 2,
  failures: 0,
  graphqlErrors: 0,
  firstError: null,
  sqlPerRequest: 1,
  cpuMsPerRequest: {},
  ...extra,
});

function operation(name: string, extra: Partial<OperationReport> = {}): OperationReport {
  return {
    name,
    description: name,
    singleSubgraph: true,
    error: null,
    gateway: load(1000, 5),
    direct: load(2000, 3),
    stock: null,
    sqlSingle: { gateway: 3, direct: 3, bySubgraph: { finance: 3 } },
    pageSize: null,
    ...extra,
  };
}

function report(extra: Partial<BenchReport> = {}): BenchReport {
  return {
    generatedAt: '2026-11-27T21:35:05.107Z',
    scale: 'city',
    machine: { cpus: 'AMD EPYC', cores: '2', memory: '24 GiB RAM', os: 'Linux 6.18', node: '20.20.2', database: 'MariaDB 10.11' },
    settings: { connections: 10, duration: 10, warmup: 3, apq: false },
    techniques: 'defaults of gateway/src/settings.ts',
    operations: [operation('mySubsidies')],
    mix: { gateway: null, stock: null },
    memory: {},
    soak: null,
    importRate: null,
    targets: [],
    ...extra,
  };
}

/** The lines of one `## ` section of a rendered report, without its heading and surrounding blank lines. */
function section(markdown: string, heading: string): string | null {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) return null;
  const body = markdown.slice(start + heading.length + 5);
  const end = body.indexOf('\n## ');
  return (end < 0 ? body : body.slice(0, end)).trim();
}

describe('the benchmark Markdown report', () => {
  describe('reproduces each committed report from its JSON', () => {
    const reports = join(__dirname, '..', 'reports');
    // Every report committed at the top of bench/reports (city, province and latest at least).
    const names = readdirSync(reports).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length));
    it('has the city, province and latest reports', () => expect(names).toEqual(expect.arrayContaining(['city', 'province', 'latest'])));
    it.each(names)('%s', (name) => {
      const json = JSON.parse(readFileSync(join(reports, `${name}.json`), 'utf8')) as BenchReport;
      expect(renderMarkdown(json)).toBe(readFileSync(join(reports, `${name}.md`), 'utf8'));
    });
  });

  describe('operations table', () => {
    it('shows gateway, direct and stock with their ratios, – where a target was not measured, and the whole mix', () => {
      const table = operationsTable(
        report({
          operations: [
            operation('baselineCounties', { gateway: load(18381.6, 0, { p99: 1 }), direct: load(4744.5, 2), stock: load(1588, 6) }),
            operation('townshipDashboard', { singleSubgraph: false, gateway: load(512.7, 18.4), direct: null, stock: load(154.3, 63) }),
            operation('mySubsidies', { gateway: load(1481, 6, { failures: 3 }), direct: load(2724, 3), stock: null, sqlSingle: { gateway: null, direct: 3, bySubgraph: {} } }),
          ],
          mix: { gateway: load(869.4, 11, { p99: 29, sqlPerRequest: 2.1134 }), stock: load(310.2, 30) },
        }),
      );
      expect(table).toBe(
        [
          '| operation | gateway req/s | p50 ms | p99 ms | SQL/req | direct req/s | direct p50 | gateway/direct | stock req/s | stock p50 | gateway/stock |',
          '|---|---|---|---|---|---|---|---|---|---|---|',
          '| baselineCounties | 18382 | 0 | 1 | 3 | 4745 | 2 | 387% | 1588 | 6 | 11.58x |',
          '| townshipDashboard | 513 | 18.40 | 36.80 | 3 | – | – | – | 154 | 63 | 3.32x |',
          '| mySubsidies | 1481 (3 failed) | 6 | 12 | – | 2724 | 3 | 54% | – | – | – |',
          '| **whole mix** | 869 | 11 | 29 | 2.11 | – | – | – | 310 | 30 | 2.80x |',
        ].join('\n'),
      );
    });

    it("shows the whole mix's ratio to the stock gateway on the side of the 2x verdict, an operation's as it rounds", () => {
      const table = operationsTable(
        report({
          operations: [operation('mySubsidies', { stock: load(500, 4) })],
          mix: { gateway: load(998, 11), stock: load(500, 30) },
        }),
      );
      expect(table.split('\n').slice(2)).toEqual([
        '| mySubsidies | 1000 | 5 | 10 | 3 | 2000 | 3 | 50% | 500 | 4 | 2x |',
        '| **whole mix** | 998 | 11 | 22 | 1 | – | – | – | 500 | 30 | 1.996x |',
      ]);
      const perOperation = operationsTable(report({ operations: [operation('mySubsidies', { gateway: load(998, 5), stock: load(500, 4) })] }));
      expect(perOperation.split('\n')[2]).toBe('| mySubsidies | 998 | 5 | 10 | 3 | 2000 | 3 | 50% | 500 | 4 | 2.00x |');
    });

    it("lists the whole mix's rounds against the stock gateway and takes the median round's runs for its row", () => {
      const rounds = [
        { gateway: load(243, 38), stock: load(136, 66), ratio: 243 / 136 },
        { gateway: load(260, 35), stock: load(120, 70), ratio: 260 / 120 },
        { gateway: load(250, 36), stock: load(110, 72), ratio: 250 / 110 },
      ];
      const markdown = renderMarkdown(report({ operations: [operation('mySubsidies', { stock: load(500, 4) })], mix: { gateway: rounds[1].gateway, stock: rounds[1].stock, rounds, medianRound: 2 } }));
      expect(section(markdown, 'Operations')).toContain(
        [
          'The whole mix against the stock gateway, in 3 rounds taken the same way (ours first in odd rounds); the 2x target and the',
          "table's row are the median round's. Each round, req/s through our gateway / through the stock one:",
          '',
          '- whole mix: 1: 243 / 136 (1.79x); 2: 260 / 120 (2.17x); 3: 250 / 110 (2.27x); median 2.17x (round 2)',
        ].join('\n'),
      );
      expect(section(markdown, 'Operations')).toContain('| **whole mix** | 260 | 35 | 70 | 1 | – | – | – | 120 | 70 | 2.17x |');
      expect(renderMarkdown(report({ mix: { gateway: load(900, 10), stock: load(450, 20) } }))).not.toContain('The whole mix against the stock gateway');
    });

    it('has no stock columns when no operation went through the stock gateway, and no mix row without a mix', () => {
      expect(operationsTable(report())).toBe(
        [
          '| operation | gateway req/s | p50 ms | p99 ms | SQL/req | direct req/s | direct p50 | gateway/direct |',
          '|---|---|---|---|---|---|---|---|',
          '| mySubsidies | 1000 | 5 | 10 | 3 | 2000 | 3 | 50% |',
        ].join('\n'),
      );
    });

    it('gives a ratio only when the other side answered something (never Infinity or NaN)', () => {
      const table = operationsTable(
        report({
          operations: [operation('mySubsidies', { gateway: load(0, 0, { failures: 12 }), direct: load(0, 0), stock: load(0, 0) })],
          mix: { gateway: load(900, 10), stock: load(0, 0, { failures: 5 }) },
        }),
      );
      expect(table.split('\n').slice(2)).toEqual([
        '| mySubsidies | 0 (12 failed) | 0 | 0 | 3 | 0 | 0 | – | 0 | 0 | – |',
        '| **whole mix** | 900 | 10 | 20 | 1 | – | – | – | 0 (5 failed) | 0 | – |',
      ]);
    });

    it('fills an operation that could not be measured with its reason, on one line, in a row of full width', () => {
      const error = `gateway: HTTP 200 GRAPHQL_VALIDATION_FAILED Cannot query field "x" | on type "Query".\n  Did you mean "y"?${' more'.repeat(30)}`;
      const table = operationsTable(report({ operations: [operation('broken', { error, gateway: null, direct: null, stock: null })] }));
      const row = table.split('\n')[2];
      expect(row).toBe(
        '| broken | not measured: gateway: HTTP 200 GRAPHQL_VALIDATION_FAILED Cannot query field "x" / on type "Query". Did you mean "y"? more more more m |  |  |  |  |  |  |',
      );
      expect(row.split('|').length).toBe(table.split('\n')[0].split('|').length);
    });
  });

  describe('gateway against direct in rounds', () => {
    /** An operation measured in rounds of these req/s (gateway, direct): its median round's runs are its gateway and direct. */
    const inRounds = (name: string, pairs: Array<[number, number]>, extra: Partial<OperationReport> = {}) => {
      const rounds = pairs.map(([g, d], i) => directRound(load(g, 5 + i, { cpuMsPerRequest: { gateway: 0.4 + i / 10 } }), load(d, 3, { cpuMsPerRequest: { finance: 0.6 } })));
      const median = medianRound(rounds);
      return operation(name, { gateway: rounds[median - 1].gateway, direct: rounds[median - 1].direct, rounds, medianRound: median, ...extra });
    };
    const withRounds = report({
      settings: { connections: 10, duration: 10, warmup: 3, apq: false, rounds: 3, roundWarmup: 1 },
      operations: [
        inRounds('mySubsidies', [
          [890, 1547],
          [1044, 1500],
          [1000, 1408],
        ]),
        inRounds('regionComplaints', [[381, 1323], [348, 500], [300, 1000]], { singleSubgraph: false }),
        operation('townshipDashboard', { singleSubgraph: false, direct: null }),
      ],
    });
    const markdown = renderMarkdown(withRounds);

    it("lists each round's gateway and direct req/s with their ratio (the 70% line only where that target applies), and the median round", () => {
      expect(roundsLines(withRounds)).toEqual([
        '- mySubsidies: 1: 890 / 1547 (58%); 2: 1044 / 1500 (69.6%); 3: 1000 / 1408 (71%); median 69.6% (round 2)',
        '- regionComplaints: 1: 381 / 1323 (29%); 2: 348 / 500 (70%); 3: 300 / 1000 (30%); median 30% (round 3)',
      ]);
    });

    it('says how the rounds ran and which median the target takes, before the rounds, in the operations section', () => {
      const operations = section(markdown, 'Operations')!;
      expect(operations).toContain(
        [
          'Gateway against direct, in 3 alternating rounds (gateway, direct, gateway, direct, ...) of 10 s each, after 3 s of warm-up',
          "in the first round and 1 s in the later ones. The 70% target is judged on the median of the rounds' ratios (of an even",
          'count the lower middle one, a ratio most rounds reached) rather than on the ratio of the medians: the two runs of a round',
          'are next to each other in time, so a change in what else loads the shared cores weighs on both sides of its ratio. The',
          'operations and CPU tables show the median round. Each round, req/s through the gateway / straight to the subgraph (ratio):',
          '',
          '- mySubsidies: 1: 890 / 1547 (58%); 2: 1044 / 1500 (69.6%); 3: 1000 / 1408 (71%); median 69.6% (round 2)',
        ].join('\n'),
      );
      expect(operations.indexOf('alternating rounds')).toBeLessThan(operations.indexOf('Statements per request by subgraph'));
    });

    it('says which run of a round came first when the order took turns (reports from 2026-11-28 on)', () => {
      const turns = renderMarkdown({ ...withRounds, settings: { ...withRounds.settings, roundOrder: 'taking-turns' } });
      expect(section(turns, 'Operations')).toContain(
        'Gateway against direct, in 3 rounds of a run of each (gateway first in odd rounds, direct first in even ones), 10 s each, after 3 s of warm-up\n',
      );
      expect(turns).not.toContain('alternating rounds');
    });

    it('shows the median round in the operations table, a ratio just under the 70% line under it', () => {
      expect(operationsTable(withRounds).split('\n').slice(2)).toEqual([
        '| mySubsidies | 1044 | 6 | 12 | 3 | 1500 | 3 | 69.6% |',
        '| regionComplaints | 300 | 7 | 14 | 3 | 1000 | 3 | 30% |',
        '| townshipDashboard | 1000 | 5 | 10 | 3 | – | – | – |',
      ]);
    });

    it("shows the median round's CPU per request", () => {
      expect(cpuTable(withRounds).split('\n').slice(2)).toEqual(['| mySubsidies | gateway | 0.50 | 0.00 | 0.50 |', '| mySubsidies | subgraph | 0.00 | 0.60 | 0.60 |']);
    });

    it('names the operations with a direct target that had one pair of runs, not rounds (not single-subgraph)', () => {
      const pairOnly = report({
        ...withRounds,
        operations: [
          withRounds.operations[0],
          operation('regionComplaints', { singleSubgraph: false, gateway: load(381, 7), direct: load(1323, 3) }),
          operation('townshipDashboard', { singleSubgraph: false, direct: null }),
        ],
      });
      expect(roundsLines(pairOnly)).toEqual(['- mySubsidies: 1: 890 / 1547 (58%); 2: 1044 / 1500 (69.6%); 3: 1000 / 1408 (71%); median 69.6% (round 2)']);
      expect(section(renderMarkdown(pairOnly), 'Operations')).toContain(
        [
          '- mySubsidies: 1: 890 / 1547 (58%); 2: 1044 / 1500 (69.6%); 3: 1000 / 1408 (71%); median 69.6% (round 2)',
          '',
          'regionComplaints: one gateway run and one direct run, not in rounds (not single-subgraph: the 70% target does not judge its ratio).',
          '',
          'Statements per request by subgraph',
        ].join('\n'),
      );
      expect(operationsTable(pairOnly).split('\n')[3]).toBe('| regionComplaints | 381 | 7 | 14 | 3 | 1323 | 3 | 29% |');
    });

    it('has no rounds paragraph for a report from before rounds', () => {
      expect(roundsLines(report())).toEqual([]);
      expect(renderMarkdown(report())).not.toContain('alternating rounds');
    });
  });

  describe('CPU per request table', () => {
    it('lists the processes that used 0.01 ms or more for any single-subgraph operation, each operation through the gateway and direct', () => {
      const table = cpuTable(
        report({
          operations: [
            operation('baselineCounties', {
              gateway: load(18000, 0, { cpuMsPerRequest: { load: 0.029, finance: 0, audit: 0.002, gateway: 0.054 } }),
              direct: load(4700, 2, { cpuMsPerRequest: { load: 0.04, finance: 0.21, audit: 0.009, gateway: 0, mariadb: 0.081 } }),
            }),
            operation('townshipDashboard', {
              singleSubgraph: false,
              gateway: load(500, 18, { cpuMsPerRequest: { complaints: 5 } }),
              direct: null,
            }),
            operation('regionComplaints', { gateway: load(1200, 7, { cpuMsPerRequest: { complaints: 3 } }), direct: null }),
          ],
        }),
      );
      expect(table).toBe(
        [
          '| operation | sent to | load | finance | gateway | mariadb | all |',
          '|---|---|---|---|---|---|---|',
          '| baselineCounties | gateway | 0.03 | 0.00 | 0.05 | 0.00 | 0.08 |',
          '| baselineCounties | subgraph | 0.04 | 0.21 | 0.00 | 0.08 | 0.33 |',
        ].join('\n'),
      );
    });

    it('says so, instead of a table without columns, when there is nothing to tabulate', () => {
      expect(cpuTable(report({ operations: [operation('townshipDashboard', { singleSubgraph: false, direct: null })] }))).toBe(
        'No single-subgraph operation was measured both through the gateway and straight to its subgraph.',
      );
      expect(cpuTable(report())).toBe('No process used 0.01 ms or more per request (a report from before CPU was measured has none).');
      const old = operation('mySubsidies') as unknown as Record<string, Record<string, unknown>>;
      delete old.gateway.cpuMsPerRequest;
      delete old.direct.cpuMsPerRequest;
      expect(cpuTable(report({ operations: [old as unknown as OperationReport] }))).toBe(
        'No process used 0.01 ms or more per request (a report from before CPU was measured has none).',
      );
    });
  });

  it('memory table: each process in MiB, rounded', () => {
    expect(
      memoryTable(report({ memory: { finance: { start: 184274944, end: 180183040, peak: 255848448 }, gateway: { start: 100.5 * MiB, end: 100.49 * MiB, peak: 0 } } })),
    ).toBe(
      [
        '| process | RSS after warm-up | RSS at end | peak |',
        '|---|---|---|---|',
        '| finance | 176 MiB | 172 MiB | 244 MiB |',
        '| gateway | 101 MiB | 100 MiB | 0 MiB |',
      ].join('\n'),
    );
  });

  it('targets table: met, not met and not measured, a | in the details kept out of the table', () => {
    const table = targetsTable(
      report({
        targets: [
          { target: 'SQL statements per request do not grow with page size', met: true, detail: 'paymentsPage: 5 at first=20, 5 at first=100' },
          { target: 'Gateway throughput >= 2x the stock ApolloGateway on the whole mix', met: false, detail: '869 vs 500 requests/s (1.74x)' },
          { target: 'Gateway memory flat over a 10-minute soak (< 5% growth after warm-up)', met: null, detail: 'run with --soak 600 to measure' },
          { target: '`npm run import` sustains >= 50% of a raw multi-row INSERT of the same rows', met: null, detail: 'skipped: a | b\nc' },
        ],
      }),
    );
    expect(table).toBe(
      [
        '| target | result | measured |',
        '|---|---|---|',
        '| SQL statements per request do not grow with page size | **met** | paymentsPage: 5 at first=20, 5 at first=100 |',
        '| Gateway throughput >= 2x the stock ApolloGateway on the whole mix | **not met** | 869 vs 500 requests/s (1.74x) |',
        '| Gateway memory flat over a 10-minute soak (< 5% growth after warm-up) | not measured | run with --soak 600 to measure |',
        '| `npm run import` sustains >= 50% of a raw multi-row INSERT of the same rows | not measured | skipped: a / b c |',
      ].join('\n'),
    );
  });

  describe('the whole report', () => {
    const full = report({
      settings: { connections: 10, duration: 3, warmup: 1, apq: true },
      operations: [
        operation('paymentsPage', {
          sqlSingle: { gateway: 5, direct: 5, bySubgraph: { finance: 5 } },
          pageSize: { small: 20, smallSql: 5, smallBySubgraph: { finance: 5 }, large: 100, largeSql: 5.5, largeBySubgraph: { finance: 5, audit: 0.5 } },
        }),
        operation('fundProjectReview', { error: 'gateway: HTTP 502', gateway: null, direct: null, sqlSingle: { gateway: null, direct: null, bySubgraph: {} } }),
      ],
      mix: { gateway: load(938, 10), stock: null },
      memory: { gateway: { start: 138 * MiB, end: 225 * MiB, peak: 262 * MiB } },
      soak: {
        seconds: 600,
        warmupSeconds: 60,
        samples: [
          { t: 0, rss: 200 * MiB },
          { t: 600, rss: 226 * MiB },
        ],
        rssAfterWarmup: 220 * MiB,
        rssAtEnd: 226.2 * MiB,
        growthPercent: 2.8181818,
        load: load(910.4, 10, { failures: 2 }),
      },
      importRate: {
        rows: 20000,
        importSeconds: 0.9962961500000093,
        rawInsertSeconds: 0.2517445440000156,
        importRowsPerSecond: 20074.352390099884,
        rawRowsPerSecond: 79445.61451945016,
        ratio: 0.25268043442706595,
        note: 'Import: wall time of the CLI process.',
      },
      targets: [{ target: 'a target', met: true, detail: 'measured' }],
    });
    const markdown = renderMarkdown(full);

    it('opens with the scale, the machine and how load was sent', () => {
      expect(markdown.split('\n').slice(0, 7)).toEqual([
        '# Benchmark: city scale',
        '',
        '2026-11-27T21:35:05.107Z on AMD EPYC (2 cores), 24 GiB RAM, Linux 6.18, Node 20.20.2, MariaDB 10.11.',
        'autocannon: 10 connections, 3 s measured per operation and target after 1 s of warm-up, operations sent as persisted-query hashes (APQ);',
        'load generator, gateway, subgraphs and MariaDB share the machine.',
        'Gateway: defaults of gateway/src/settings.ts',
        '',
      ]);
    });

    it('has its sections in order, each once', () => {
      expect(markdown.split('\n').filter((line) => line.startsWith('## '))).toEqual([
        '## Operations',
        '## CPU per request (ms, user + system, from /proc) of single-subgraph operations',
        '## Memory (resident set of each process, with its workers)',
        '## Soak',
        '## Import rate',
        '## Targets',
        '## Not measured',
      ]);
      expect(markdown.endsWith('\n')).toBe(true);
    });

    it('lists statements by subgraph for measured operations and at both page sizes', () => {
      expect(markdown.split('\n').filter((line) => line.startsWith('- '))).toEqual([
        '- paymentsPage: finance 5',
        '- paymentsPage: 5 statements at first=20 (finance 5), 5.50 at first=100 (finance 5, audit 0.50)',
        '- fundProjectReview: gateway: HTTP 502',
      ]);
    });

    it('soak section of a report without collections: length, rate, failures, RSS windows and range after warm-up', () => {
      expect(section(markdown, 'Soak')).toBe(
        [
          'The whole mix through the gateway for 600 s (910 req/s, 2 failed), the first 60 s warm-up.',
          '',
          'RSS sampled every second: mean 220 MiB over the 30 s after warm-up, 226 MiB over the last 30 s; after warm-up lowest 226 MiB, highest 226 MiB (the V8 heap\'s sawtooth).',
        ].join('\n'),
      );
    });

    it('soak section with collections: RSS and live heap after each, their trends, and the RSS samples', () => {
      const collections = [60, 90, 120, 540, 570, 601].map((t, i) => ({ t, rss: (200 + i) * MiB, heapUsed: 50 * MiB, external: 2 * MiB }));
      const soak = {
        ...full.soak!,
        windowSeconds: 60,
        samples: [
          { t: 30, rss: 150 * MiB },
          { t: 60, rss: 210 * MiB },
          { t: 300, rss: 300 * MiB },
          { t: 600, rss: 220 * MiB },
        ],
        collections,
        retained: { start: 200 * MiB, end: 205 * MiB, growthPercent: 2.5 },
        liveHeap: { start: 50 * MiB, end: 50 * MiB, growthPercent: 0 },
        growthPercent: 2.5,
      };
      expect(section(renderMarkdown({ ...full, soak }), 'Soak')).toBe(
        [
          'The whole mix through the gateway for 600 s (910 req/s, 2 failed), the first 60 s warm-up.',
          '',
          'Memory the gateway keeps: RSS right after a full garbage collection, every 30 s from the end of warm-up, the last after the load; ' +
            "the readings' trend (Theil-Sen) 200 MiB at the first and 205 MiB at the last, 2.50%; the live V8 heap's 50 MiB and 50 MiB.",
          '',
          'Each reading (s: RSS / live heap): 60: 200 MiB / 50 MiB; 90: 201 MiB / 50 MiB; 120: 202 MiB / 50 MiB; 540: 203 MiB / 50 MiB; 570: 204 MiB / 50 MiB; 601: 205 MiB / 50 MiB.',
          '',
          'RSS sampled every second: mean 220 MiB over the 60 s after warm-up, 226 MiB over the last 60 s; after warm-up lowest 210 MiB, highest 300 MiB (the V8 heap\'s sawtooth).',
        ].join('\n'),
      );
    });

    it('import rate line: rows, both rates and times, their ratio and the note', () => {
      expect(section(markdown, 'Import rate')).toBe(
        '20000 ledger rows: `npm run import` 20074 rows/s (1.00 s), raw multi-row INSERT 79446 rows/s (0.25 s): 25%. Import: wall time of the CLI process.',
      );
    });

    it('import rate line: a ratio just under the 50% line is shown under it', () => {
      const near = renderMarkdown({ ...full, importRate: { ...full.importRate!, ratio: 0.4996 } as BenchReport['importRate'] });
      expect(section(near, 'Import rate')).toContain('(0.25 s): 49.9%. Import:');
    });

    it("import rate line: each round's times after the note, when the report has rounds", () => {
      const rounds = [
        { importSeconds: 4.9, rawInsertSeconds: 1.75 },
        { importSeconds: 3.391, rawInsertSeconds: 1.646 },
      ];
      const withRounds = renderMarkdown({ ...full, importRate: { ...full.importRate!, rounds } as BenchReport['importRate'] });
      expect(section(withRounds, 'Import rate')).toBe(
        '20000 ledger rows: `npm run import` 20074 rows/s (1.00 s), raw multi-row INSERT 79446 rows/s (0.25 s): 25%. Import: wall time of the CLI process. Rounds (import s / raw s): 4.90 / 1.75; 3.39 / 1.65.',
      );
    });

    it('not measured section: each operation that failed with its whole reason', () => {
      expect(section(markdown, 'Not measured')).toBe('- fundProjectReview: gateway: HTTP 502');
    });

    it('prints no undefined, null, NaN or Infinity', () => {
      expect(markdown).not.toMatch(/undefined|null|NaN|Infinity/);
    });

    it('leaves out soak and import rate when they were not run or were skipped', () => {
      const bare = renderMarkdown(report({ importRate: { skipped: 'no ledger file' } }));
      expect(section(bare, 'Soak')).toBeNull();
      expect(section(bare, 'Import rate')).toBeNull();
      expect(section(bare, 'Not measured')).toBeNull();
      expect(section(bare, 'Targets')).toBe(['| target | result | measured |', '|---|---|---|'].join('\n'));
    });
  });
});
