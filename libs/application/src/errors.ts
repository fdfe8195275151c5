/**
 * A stream kept changing under a command: other processes appended between every reload and append this process
 * tried. Nothing of the command was stored; the same request can be sent again.
 */
export class ConcurrencyExhaustedError extends Error {
  override readonly name = 'ConcurrencyExhaustedError';
  constructor(
    readonly streamId: string,
    readonly attempts: number,
  ) {
    super(`Stream "${streamId}" changed concurrently ${attempts} times in a row; nothing was stored`);
  }
}
