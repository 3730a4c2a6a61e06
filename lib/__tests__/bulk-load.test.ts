import { loadWhileGenerating } from '../db/bulk-load';

describe('loadWhileGenerating', () => {
  it('loads every group in item order, generating the next group while the previous one loads', async () => {
    const events: string[] = [];
    let release: (() => void) | null = null;
    await loadWhileGenerating(
      [1, 2, 3, 4, 5, 6, 7, 8, 9],
      4,
      (n) => {
        events.push(`gen ${n}`);
        // The first load is still pending while the second group is generated.
        if (n === 8 && release) release();
        return n * 10;
      },
      (group) => {
        events.push(`load ${group.join(',')}`);
        if (group[0] !== 10) return Promise.resolve();
        return new Promise<void>((resolve) => {
          release = () => {
            events.push('load 10,20,30,40 done');
            resolve();
          };
        });
      },
    );
    expect(events).toEqual([
      'gen 1', 'gen 2', 'gen 3', 'gen 4', 'load 10,20,30,40',
      'gen 5', 'gen 6', 'gen 7', 'gen 8', 'load 10,20,30,40 done', 'load 50,60,70,80',
      'gen 9', 'load 90',
    ]);
  });

  it('fails with the first failed load and loads nothing after it', async () => {
    const loaded: number[][] = [];
    await expect(
      loadWhileGenerating([1, 2, 3, 4, 5], 2, (n) => n, async (group) => {
        loaded.push(group);
        if (group[0] === 1) throw new Error('insert refused');
      }),
    ).rejects.toMatchObject({ message: 'insert refused' });
    expect(loaded).toEqual([[1, 2]]);
  });
});
