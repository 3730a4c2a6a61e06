/**
 * The trend of a series of readings: a Theil-Sen line (the median of the slopes between every
 * pair of readings, through the median of the readings' residuals), which one or two stray
 * readings do not tilt as they would a least-squares line. The soak judges memory growth by it.
 */
export interface Trend {
  /** The line's value at the first reading's time. */
  readonly start: number;
  /** The line's value at the last reading's time. */
  readonly end: number;
  /** (end - start) / start, in percent. */
  readonly growthPercent: number;
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function theilSen(points: ReadonlyArray<{ readonly t: number; readonly v: number }>): Trend | null {
  if (points.length < 2) return null;
  const slopes: number[] = [];
  for (let i = 0; i < points.length; i += 1) {
    for (let j = i + 1; j < points.length; j += 1) {
      if (points[j].t !== points[i].t) slopes.push((points[j].v - points[i].v) / (points[j].t - points[i].t));
    }
  }
  if (!slopes.length) return null;
  const slope = median(slopes);
  const intercept = median(points.map((p) => p.v - slope * p.t));
  const first = Math.min(...points.map((p) => p.t));
  const last = Math.max(...points.map((p) => p.t));
  const start = intercept + slope * first;
  const end = intercept + slope * last;
  return { start, end, growthPercent: start ? ((end - start) / start) * 100 : 0 };
}
