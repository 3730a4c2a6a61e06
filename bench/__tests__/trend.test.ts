import { theilSen } from '../trend';

describe('the Theil-Sen trend of the soak readings', () => {
  it('follows a straight line exactly', () => {
    expect(theilSen([0, 30, 60, 90].map((t) => ({ t, v: 200 + t / 10 })))).toEqual({ start: 200, end: 209, growthPercent: 4.5 });
  });

  it('is not tilted by one stray reading at the start, as a least-squares line or a mean of the first readings would be', () => {
    const readings = [60, 90, 120, 150, 180, 210, 240].map((t) => ({ t, v: t === 90 ? 300 : 180 }));
    expect(theilSen(readings)).toEqual({ start: 180, end: 180, growthPercent: 0 });
  });

  it('finds a steady climb under noise', () => {
    const noise = [3, -2, 4, -3, 1, -4, 2, 0, -1, 3];
    const readings = noise.map((n, i) => ({ t: 60 + 60 * i, v: 200 + i * 2 + n }));
    // The true line climbs 2 per reading; the pairwise slopes' median is 1.857 (13/7) per reading.
    const trend = theilSen(readings)!;
    expect(trend.start).toBeCloseTo(201.2857, 4);
    expect(trend.end).toBeCloseTo(218, 10);
    expect(trend.growthPercent).toBeCloseTo(8.3038, 4);
  });

  it('needs two readings at different times', () => {
    expect(theilSen([])).toBeNull();
    expect(theilSen([{ t: 60, v: 1 }])).toBeNull();
    expect(theilSen([{ t: 60, v: 1 }, { t: 60, v: 2 }])).toBeNull();
  });
});
