import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

/** One message as the server received it: the SMTP envelope and the raw RFC 5322 text. */
export interface ReceivedMail {
  readonly from: string;
  readonly to: string[];
  readonly raw: Buffer;
}

export interface SmtpCapture {
  /** `smtp://127.0.0.1:<port>`. */
  readonly url: string;
  /** Everything received so far, in the order it arrived. */
  readonly received: ReceivedMail[];
  stop(): Promise<void>;
}

/** A real SMTP server on loopback (the `smtp-server` package) that keeps what it is given. For tests. */
export async function startSmtpCapture(extra: Partial<SMTPServerOptions> = {}): Promise<SmtpCapture> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks),
        });
        callback();
      });
    },
    ...extra,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
