import { InvalidTokenError } from './token-verifier';

/**
 * The provider sent the browser back with an OAuth error instead of a code (RFC 6749 §4.1.2.1): the person cancelled
 * (`access_denied`), the client is not allowed, … An InvalidTokenError like every other refused sign-in, but its own
 * class so the page can tell a person who cancelled what to do.
 */
export class SignInRefusedByProviderError extends InvalidTokenError {
  constructor(
    /** The OAuth error code, e.g. `access_denied`; only ever shown escaped. */
    readonly code: string,
    /** The provider's own explanation, for the log (anyone can put any text in a link, so not for the page). */
    readonly description: string | undefined,
  ) {
    super(
      `Login-udbyderen afviste login / The sign-in provider refused the sign-in: ${printable(code)}` +
        (description ? ` (${printable(description)})` : ''),
    );
  }
}

/** Text from a link, made fit for one log line: no control characters (a forged line), and not too long. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, 200);
}

/**
 * The answer does not belong to the attempt this browser started: a wrong or missing `state`, or another issuer's
 * answer (RFC 9207 `iss`). Either a forged link or a second sign-in started in another tab in between.
 */
export class SignInMismatchError extends InvalidTokenError {}
