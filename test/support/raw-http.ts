import { connect, type Socket } from 'node:net';

/** The head of an HTTP response as it came over the wire. */
export interface RawResponse {
  readonly status: number;
  /** Lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  /** What followed the head before the connection closed (or until the head, if it stays open). */
  readonly body: string;
}

/**
 * A request written by hand over a plain socket, for what a fetch client cannot do: stop sending in the middle of a
 * body, trickle it, or see exactly when the server answers and closes.
 */
export class RawConnection {
  private readonly socket: Socket;
  private received = Buffer.alloc(0);
  readonly closed: Promise<void>;
  /** The response's head, when it arrives; rejects if the connection closes without one. */
  readonly answered: Promise<RawResponse>;
  private readonly opened: Promise<void>;

  constructor(url: string) {
    const { hostname, port } = new URL(url);
    this.socket = connect({ host: hostname, port: Number(port) });
    this.answered = new Promise((resolve, reject) => {
      this.socket.on('data', (chunk: Buffer) => {
        this.received = Buffer.concat([this.received, chunk]);
        const response = this.response();
        if (response) resolve(response);
      });
      this.socket.once('close', () => reject(new Error('closed without an answer')));
    });
    // Writing to a connection the server has closed fails; the test looks at what was answered.
    this.socket.on('error', () => undefined);
    this.answered.catch(() => undefined);
    this.closed = new Promise((resolve) => this.socket.once('close', () => resolve()));
    this.opened = new Promise((resolve) => this.socket.once('connect', () => resolve()));
  }

  async send(data: string | Buffer): Promise<void> {
    await this.opened;
    if (this.socket.destroyed || this.socket.writableEnded) return;
    await new Promise<void>((resolve) => this.socket.write(data, () => resolve()));
  }

  get isClosed(): boolean {
    return this.socket.destroyed;
  }

  /** The response's head, once it has arrived (with whatever of the body came with it). */
  response(): RawResponse | undefined {
    const text = this.received.toString('utf8');
    const end = text.indexOf('\r\n\r\n');
    if (end < 0) return undefined;
    const [statusLine = '', ...lines] = text.slice(0, end).split('\r\n');
    const headers: Record<string, string> = {};
    for (const line of lines) {
      const at = line.indexOf(':');
      headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
    }
    return { status: Number(statusLine.split(' ')[1]), headers, body: text.slice(end + 4) };
  }

  destroy(): void {
    this.socket.destroy();
  }
}

/** A request's head: the request line, Host, the given headers, and the blank line. */
export function requestHead(method: string, url: string, headers: Record<string, string | number>): string {
  const { host, pathname } = new URL(url);
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return [`${method} ${pathname} HTTP/1.1`, `Host: ${host}`, ...lines, '', ''].join('\r\n');
}
