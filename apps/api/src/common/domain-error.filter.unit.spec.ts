import type { ArgumentsHost } from '@nestjs/common';
import { CommandTooLargeError } from '@ledelsesrum/application';
import { DomainErrorFilter } from './domain-error.filter';

describe('DomainErrorFilter', () => {
  it('answers a command over its size cap with 413 COMMAND_TOO_LARGE, the command, its size and the cap', () => {
    let answer: { status: number; body: unknown } | undefined;
    const response = {
      status: (status: number) => ({ json: (body: unknown) => void (answer = { status, body }) }),
      setHeader: () => undefined,
    };
    const host = { switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost;

    new DomainErrorFilter().catch(new CommandTooLargeError('SetAgenda', 70_000, 65_536), host);

    expect(answer).toEqual({
      status: 413,
      body: {
        statusCode: 413,
        code: 'COMMAND_TOO_LARGE',
        message:
          'SetAgenda ville fylde 70000 bytes, højst 65536 er tilladt; intet er gemt / ' +
          'SetAgenda would record 70000 bytes, at most 65536 are allowed; nothing was stored',
        details: { command: 'SetAgenda', bytes: 70_000, limit: 65_536 },
      },
    });
  });
});
