import { currentRequestStats, outsideRequest, runWithRequestStats } from '../request-stats';

describe('request statistics', () => {
  it('belong to the request inside it and to nobody in work started outside it', async () => {
    const stats = { requestId: 'r1', statements: 0 };
    const seen = await runWithRequestStats(stats, async () => {
      const inside = currentRequestStats();
      const outside = await outsideRequest(async () => {
        await new Promise((r) => setTimeout(r, 1));
        return currentRequestStats();
      });
      return { inside, outside, after: currentRequestStats() };
    });
    expect(seen).toEqual({ inside: stats, outside: undefined, after: stats });
  });
});
