import { join } from 'node:path';
import { runLoad, type RequestPlan } from './load';
import type { SoakReport, SoakSample, SoakCollection } from './report-types';
import type { BenchStack } from './stack';
import { theilSen } from './trend';

/** Seconds between the full collections of the soak's retained-memory readings. */
const COLLECT_EVERY = 30;

/**
 * The memory soak: the whole mix through the gateway for `seconds`; the first 10% (at least
 * 60 s) is warm-up.
 *
 * What is judged is the memory the gateway keeps: from the end of warm-up, every 30 s, a full
 * garbage collection in the gateway and its resident memory right after it (the last after the
 * load), and the growth of those readings' trend line from the first reading to the last
 * (trend.ts: Theil-Sen, which a stray reading does not tilt; V8 does not always hand pages back
 * at once, so a reading now and then sits far above its neighbours). Between collections V8's
 * heap moves in a sawtooth whose height varies from run to run (from tens of MiB to 150 MiB over
 * a 53 MiB live heap, seen here), so plain RSS samples, even the mean of a minute of them, moved
 * by ±15% between runs of the same code: a window reads where the teeth happen to be. Those
 * samples (every second, and the V8 heap every 5 s) are reported too, with the mean of the
 * minute after warm-up and of the last minute.
 * BENCH_HEAP_SNAPSHOTS=1 writes heap snapshots into `logDir` at the first and the last reading
 * instead of a bare collection (a snapshot collects first), for a diff of what stayed.
 */
export async function soak(
  stack: BenchStack,
  plans: readonly RequestPlan[],
  seconds: number,
  connections: number,
  logDir: string,
): Promise<SoakReport> {
  const warmupSeconds = Math.max(60, Math.round(seconds * 0.1));
  const windowSeconds = Math.min(60, Math.max(10, Math.floor((seconds - warmupSeconds) / 2)));
  const snapshots = process.env.BENCH_HEAP_SNAPSHOTS === '1';
  const started = Date.now();
  const elapsed = () => Math.round((Date.now() - started) / 1000);

  const samples: SoakSample[] = [];
  let tick = 0;
  const sampler = setInterval(() => {
    const sample: SoakSample = { t: elapsed(), rss: stack.gateway.rss() };
    samples.push(sample);
    if (tick++ % 5 === 0) {
      void stack.gateway.memory().then(
        (m) => Object.assign(sample, { heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external }),
        () => undefined,
      );
    }
  }, 1000);

  const collections: SoakCollection[] = [];
  const collect = async (snapshotName?: string) => {
    const t = elapsed();
    const m = snapshotName
      ? await stack.gateway.heapSnapshot(join(logDir, `gateway-${snapshotName}.heapsnapshot`))
      : await stack.gateway.collectGarbage();
    collections.push({ t, rss: stack.gateway.rss(), heapUsed: m.heapUsed, external: m.external });
  };
  let pending: Promise<void> = Promise.resolve();
  const queue = (snapshotName?: string) => (pending = pending.then(() => collect(snapshotName)));
  let collector: NodeJS.Timeout | undefined;
  const firstCollection = setTimeout(() => {
    queue(snapshots ? 'after-warmup' : undefined);
    collector = setInterval(() => queue(), COLLECT_EVERY * 1000);
  }, warmupSeconds * 1000);

  let load;
  try {
    load = await runLoad(stack, plans, { connections, duration: seconds });
  } finally {
    clearInterval(sampler);
    clearTimeout(firstCollection);
    clearInterval(collector);
  }
  await queue(snapshots ? 'at-end' : undefined);

  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);
  const retained = theilSen(collections.map((c) => ({ t: c.t, v: c.rss })));
  const liveHeap = theilSen(collections.map((c) => ({ t: c.t, v: c.heapUsed })));
  return {
    seconds,
    warmupSeconds,
    windowSeconds,
    samples,
    rssAfterWarmup: mean(samples.filter((s) => s.t >= warmupSeconds && s.t < warmupSeconds + windowSeconds).map((s) => s.rss)),
    rssAtEnd: mean(samples.filter((s) => s.t > seconds - windowSeconds).map((s) => s.rss)),
    collections,
    retained,
    liveHeap,
    // With a single collection (a soak cut short) there is no trend: targets.ts judges nothing.
    growthPercent: retained?.growthPercent ?? 0,
    load,
  };
}
