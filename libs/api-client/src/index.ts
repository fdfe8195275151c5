import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './openapi';

export type { components, paths } from './openapi';

/** A client of the API typed by its description (openapi.json): paths, bodies and answers are checked by the compiler. */
export type ApiClient = Client<paths>;

/** The one body of the API's error answers. */
export type ApiError = components['schemas']['ApiError'];

export interface ApiClientOptions {
  /** Where the API's paths (`/api/…`) are served: the server's origin. */
  readonly origin: string;
  /** Sent with every request (the caller's token). */
  readonly headers: Record<string, string>;
  /** How a request is sent; the platform's fetch unless given. */
  readonly fetch?: (request: Request) => Promise<Response>;
}

export function createApiClient({ origin, headers, fetch }: ApiClientOptions): ApiClient {
  return createClient<paths>({ baseUrl: origin, headers, ...(fetch ? { fetch } : {}) });
}
