import type { LogAppendOutcome, LogEntry, LogEntryToWrite, LogStream } from '../log-stream.port';

/**
 * A stand-in for one EventStoreDB stream, for tests on a machine where no server can run: the same conditional append
 * and event-id deduplication, held in memory. Several adapters may share one, as several processes share a server.
 */
export class InMemoryLogStream implements LogStream {
  private readonly entries: LogEntry[] = [];
  private readonly listeners = new Set<() => void>();
  /** Set by a test to fail the next calls, as an unreachable server would. */
  unreachable = false;

  async append(entries: readonly LogEntryToWrite[], expectedRevision: number): Promise<LogAppendOutcome> {
    await this.roundTrip();
    const already = this.entries.slice(expectedRevision + 1, expectedRevision + 1 + entries.length);
    if (already.length === entries.length && already.every((entry, index) => entry.eventId === entries[index]!.eventId))
      return { kind: 'appended', lastRevision: expectedRevision + entries.length };
    const current = this.entries.length - 1;
    if (current !== expectedRevision) return { kind: 'conflict', currentRevision: current };
    // Stored as JSON text and parsed back, as the server stores bytes: no shared object reaches a reader.
    for (const entry of entries) {
      this.entries.push(JSON.parse(JSON.stringify({ ...entry, revision: this.entries.length })) as LogEntry);
    }
    for (const listener of this.listeners) queueMicrotask(listener);
    return { kind: 'appended', lastRevision: this.entries.length - 1 };
  }

  async read(fromRevision: number, maxCount: number): Promise<LogEntry[]> {
    await this.roundTrip();
    return this.entries.slice(fromRevision, fromRevision + maxCount).map((entry) => structuredClone(entry));
  }

  async lastRevision(): Promise<number> {
    await this.roundTrip();
    return this.entries.length - 1;
  }

  onAppended(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async ping(): Promise<void> {
    await this.roundTrip();
  }

  /** The stand-in outlives its users, as a server does; each adapter removes its own listener when it closes. */
  async close(): Promise<void> {}

  /** Every call yields once, as a network call would, so that concurrent writers really interleave. */
  private async roundTrip(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    if (this.unreachable) throw new Error('connect ECONNREFUSED (stand-in server marked unreachable)');
  }
}
