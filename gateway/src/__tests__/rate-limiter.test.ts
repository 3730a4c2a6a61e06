import { RateLimiter } from '../limits/rate-limiter';

describe('RateLimiter', () => {
  it('allows max calls per key and window, then refuses until the window ends', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter(3, 60_000, () => now);
    expect([1, 2, 3].map(() => limiter.take('mySubsidies|addr:1').allowed)).toEqual([true, true, true]);
    expect(limiter.take('mySubsidies|addr:1')).toEqual({ allowed: false, retryAfterSeconds: 60 });
    // another caller, and another field of the same caller, have their own counts
    expect(limiter.take('mySubsidies|addr:2').allowed).toBe(true);
    expect(limiter.take('submitComplaint|addr:1').allowed).toBe(true);
    now += 45_000;
    expect(limiter.take('mySubsidies|addr:1')).toEqual({ allowed: false, retryAfterSeconds: 15 });
    now += 15_000;
    expect(limiter.take('mySubsidies|addr:1').allowed).toBe(true);
  });

  it('refuses a batch that would pass the limit without counting it', () => {
    const limiter = new RateLimiter(3, 1000, () => 0);
    expect(limiter.take('k', 2).allowed).toBe(true);
    expect(limiter.take('k', 2).allowed).toBe(false);
    expect(limiter.take('k', 1).allowed).toBe(true);
  });

  it('forgets expired windows once it holds many keys', () => {
    let now = 0;
    const limiter = new RateLimiter(1, 1000, () => now);
    for (let i = 0; i < 10_000; i++) limiter.take(`k${i}`);
    expect(limiter.size).toBe(10_000);
    now = 5000;
    limiter.take('fresh');
    expect(limiter.size).toBe(1);
  });
});
