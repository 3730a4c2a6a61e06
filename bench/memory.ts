import type { BenchProcess } from './processes';
import type { MemoryReport } from './report-types';

/** Samples the resident memory of every process once a second for the whole run. */
export class MemoryWatch {
  private readonly reports = new Map<string, { start: number; end: number; peak: number }>();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly processes: readonly BenchProcess[]) {
    this.timer = setInterval(() => this.sample(), 1000);
    this.timer.unref();
  }

  private sample(): void {
    for (const p of this.processes) {
      const rss = p.rss();
      if (!rss) continue;
      const r = this.reports.get(p.label);
      if (r) {
        r.end = rss;
        r.peak = Math.max(r.peak, rss);
      }
    }
  }

  /** Marks the start: after the first warm-up, when pools and caches have filled. */
  markStart(): void {
    for (const p of this.processes) {
      if (this.reports.has(p.label)) continue;
      const rss = p.rss();
      this.reports.set(p.label, { start: rss, end: rss, peak: rss });
    }
  }

  finish(): Record<string, MemoryReport> {
    this.sample();
    clearInterval(this.timer);
    return Object.fromEntries(this.reports);
  }
}
