import type { RecordedEvent } from '@ledelsesrum/event-store';
import type { VerifySource } from './verify-types';

/** Every event of the log in global order, one page in memory at a time. */
export async function* readInPages(source: VerifySource, pageSize: number): AsyncGenerator<RecordedEvent> {
  const read =
    typeof source === 'function'
      ? source
      : (afterPosition: number, maxCount: number) => source.readAll({ afterPosition, maxCount });
  let after = 0;
  for (;;) {
    const page = await read(after, pageSize);
    if (page.length === 0) return;
    yield* page;
    // Let other work in the process (an API's requests) run between pages of a long walk.
    await new Promise((resolve) => setImmediate(resolve));
    const last = page[page.length - 1]!.position;
    // A source that does not move forward would loop for ever; its order is broken, which the walk reports.
    if (last <= after) return;
    after = last;
  }
}

/** The total to show progress against, when the source can tell it. */
export async function totalOf(source: VerifySource): Promise<number | undefined> {
  return typeof source === 'function' || source.headPosition === undefined ? undefined : source.headPosition();
}
