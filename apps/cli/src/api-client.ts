import { createApiClient, type ApiClient, type ApiError } from '@ledelsesrum/api-client';
import { JwtTokens, resolveJwtSecret } from '@ledelsesrum/auth';
import { loadConfig } from '@ledelsesrum/config';

/** Flags every API command takes. */
export const API_FLAGS = ['api', 'token', 'as'] as const;

/**
 * A typed client of the running API, calling it as chefgruppen would. The token is `--token`, else LEDELSESRUM_TOKEN,
 * else a development token for `--as` (default "cli") signed with the local secret: fine on one's own machine,
 * refused where OIDC rules. `--api` (or API_URL) is the API's address, …/api.
 */
export async function apiClient(flags: Map<string, string[]>): Promise<ApiClient> {
  const config = loadConfig();
  const base = flags.get('api')?.[0] ?? process.env['API_URL'] ?? `http://localhost:${config.port}/api`;
  const token =
    flags.get('token')?.[0] ??
    process.env['LEDELSESRUM_TOKEN'] ??
    (await new JwtTokens(resolveJwtSecret(config.jwtSecret, config.dataDir)).issue(flags.get('as')?.[0] ?? 'cli', [
      'chefgruppen',
    ]));
  return createApiClient({
    // The description's paths carry the /api prefix themselves.
    origin: base.replace(/\/+$/, '').replace(/\/api$/, ''),
    headers: { authorization: `Bearer ${token}` },
    fetch: async (request) => {
      try {
        return await fetch(request);
      } catch (error) {
        const cause = (error as { cause?: { message?: string } }).cause?.message ?? String(error);
        throw new Error(
          `API’et svarer ikke på ${base} (kører npm start?) / The API does not answer at ${base}: ${cause}`,
        );
      }
    },
  });
}

/** What a call answered; an error answer is thrown as the lines a person reads. */
export async function answered<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw new Error(describeFailure(response.status, error));
  return data as T;
}

/** An organisation import's or document's problems, one per line; in the error's details. */
interface Problem {
  readonly line?: number;
  readonly column?: string;
  readonly path?: string;
  readonly message: string;
}

/** An error answer as a person reads it: status, code, message, and one line per problem. */
function describeFailure(status: number, error: unknown): string {
  // Not the API's error body (e.g. a proxy's error page): keep the text, so the status and what was said still show.
  const body: Partial<ApiError> =
    typeof error === 'object' && error !== null ? error : { message: String(error ?? '').slice(0, 500) };
  const problems = (body.details?.['problems'] ?? []) as Problem[];
  const lines = [`HTTP ${status}${body.code ? ` ${body.code}` : ''}: ${body.message ?? ''}`];
  for (const problem of problems) {
    const where =
      problem.line !== undefined
        ? `linje/line ${problem.line}${problem.column ? `, ${problem.column}` : ''}`
        : problem.path;
    lines.push(`  ${where}: ${problem.message}`);
  }
  return lines.join('\n');
}
