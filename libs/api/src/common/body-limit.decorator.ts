import { SetMetadata } from '@nestjs/common';

export const BODY_LIMIT_KEY = 'ledelsesrum:body-limit';

/** What a signed-in caller may send to a route that declares nothing larger: a command or a form is a few kilobytes. */
export const DEFAULT_BODY_LIMIT = 100 * 1024;

/**
 * What anyone may send to a public route (sign-in, a confirmation link): a handful of fields, the longest a 2,000
 * character note, which form-encoded in any script stays under this.
 */
export const PUBLIC_BODY_LIMIT = 32 * 1024;

/**
 * The largest body, in bytes, this route reads: for the few routes that take a whole document (the organisation, its
 * spreadsheet). Every other route reads at most DEFAULT_BODY_LIMIT, or PUBLIC_BODY_LIMIT when it is @Public.
 */
export const BodyLimit = (bytes: number) => SetMetadata(BODY_LIMIT_KEY, bytes);
