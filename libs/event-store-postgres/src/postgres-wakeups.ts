import { Client, type ClientConfig } from 'pg';

/**
 * Wakes subscriptions early when another process appends: one dedicated connection LISTENs on the store's channel
 * (each committed append sends a NOTIFY with its last position). It is an optimisation only — subscriptions poll by
 * position anyway — so a failed or lost listener connection is dropped quietly and polling carries on; the next
 * subscription tries to listen again.
 */
export class PostgresWakeups {
  private client: Client | undefined;
  private connecting: Promise<void> | undefined;
  private closed = false;

  constructor(
    private readonly connection: ClientConfig,
    private readonly channel: string,
    /** Called on every notification; the store wakes its subscriptions. */
    private readonly onWake: () => void,
  ) {}

  /** Starts listening unless it already is (or is about to). Never throws. */
  ensureListening(): void {
    if (this.closed || this.client !== undefined || this.connecting !== undefined) return;
    this.connecting = this.listen().finally(() => (this.connecting = undefined));
  }

  /** Ends the listening connection; safe to call twice. */
  async close(): Promise<void> {
    this.closed = true;
    await this.connecting;
    await this.drop();
  }

  private async listen(): Promise<void> {
    const client = new Client(this.connection);
    // Without an 'error' listener a dropped connection would be an uncaught exception in the whole process.
    client.on('error', () => void this.drop());
    client.on('end', () => {
      if (this.client === client) this.client = undefined;
    });
    client.on('notification', (message) => {
      if (message.channel === this.channel) this.onWake();
    });
    try {
      await client.connect();
      await client.query(`LISTEN "${this.channel}"`);
    } catch {
      await client.end().catch(() => undefined);
      return;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
  }

  private async drop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }
}
