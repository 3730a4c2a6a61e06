import { runLoad, type RequestPlan } from './load';
import type { SoakReport } from './report-types';
import type { BenchStack } from './stack';

/**
 * The memory soak: the whole mix through the gateway for `seconds`, sampling the gateway's
 * resident memory (with its workers) every 5 s. The first 10% (at least 60 s) is warm-up; growth
 * compares the mean of the 30 s after warm-up with the mean of the last 30 s.
 */
export async function soak(stack: BenchStack, plans: readonly RequestPlan[], seconds: number, connections: number): Promise<SoakReport> {
  const warmupSeconds = Math.max(60, Math.round(seconds * 0.1));
  const samples: Array<{ t: number; rss: number }> = [];
  const started = Date.now();
  const timer = setInterval(() => samples.push({ t: Math.round((Date.now() - started) / 1000), rss: stack.gateway.rss() }), 5000);
  let load;
  try {
    load = await runLoad(stack, plans, { connections, duration: seconds });
  } finally {
    clearInterval(timer);
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);
  const afterWarmup = mean(samples.filter((s) => s.t >= warmupSeconds && s.t < warmupSeconds + 30).map((s) => s.rss));
  const atEnd = mean(samples.filter((s) => s.t > seconds - 30).map((s) => s.rss));
  return {
    seconds,
    warmupSeconds,
    samples,
    rssAfterWarmup: afterWarmup,
    rssAtEnd: atEnd,
    growthPercent: afterWarmup ? ((atEnd - afterWarmup) / afterWarmup) * 100 : 0,
    load,
  };
}
