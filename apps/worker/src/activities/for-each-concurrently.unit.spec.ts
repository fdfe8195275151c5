import { forEachConcurrently } from './for-each-concurrently';

/** A promise the test settles by hand, to hold tasks under way. */
function gate() {
  let open = () => undefined as void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('forEachConcurrently', () => {
  it('runs every item once, never more than the limit at a time', async () => {
    let running = 0;
    let most = 0;
    const seen: number[] = [];
    await forEachConcurrently([...Array(20).keys()], 3, async (item, index) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setImmediate(resolve));
      seen.push(item * 100 + index);
      running -= 1;
    });
    expect(most).toBe(3);
    expect([...seen].sort((a, b) => a - b)).toEqual([...Array(20).keys()].map((n) => n * 101));
  });

  it('starts nothing after a failure, lets the tasks under way finish, then throws the failure', async () => {
    const held = gate();
    const finished: number[] = [];
    const started: number[] = [];
    const run = forEachConcurrently([0, 1, 2, 3, 4], 2, async (item) => {
      started.push(item);
      if (item === 0) {
        await held.opened;
        finished.push(item);
        return;
      }
      throw new Error(`item ${item} failed`);
    });
    held.open();
    await expect(run).rejects.toThrow('item 1 failed');
    expect(finished).toEqual([0]);
    expect(started).toEqual([0, 1]);
  });
});
