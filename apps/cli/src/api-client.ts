import { JwtTokens, resolveJwtSecret } from '@ledelsesrum/auth';
import { loadConfig } from '@ledelsesrum/config';

/** Flags every API command takes. */
export const API_FLAGS = ['api', 'token', 'as'] as const;

export interface ApiCall {
  (method: string, path: string, body?: { json?: unknown; csv?: Buffer }): Promise<unknown>;
}

/**
 * Calls the running API as chefgruppen would. The token is `--token`, else LEDELSESRUM_TOKEN, else a development
 * token for `--as` (default "cli") signed with the local secret: fine on one's own machine, refused where OIDC rules.
 */
export async function apiClient(flags: Map<string, string[]>): Promise<ApiCall> {
  const config = loadConfig();
  const base = flags.get('api')?.[0] ?? process.env['API_URL'] ?? `http://localhost:${config.port}/api`;
  const token =
    flags.get('token')?.[0] ??
    process.env['LEDELSESRUM_TOKEN'] ??
    (await new JwtTokens(resolveJwtSecret(config.jwtSecret, config.dataDir)).issue(flags.get('as')?.[0] ?? 'cli', [
      'chefgruppen',
    ]));
  return async (method, path, body = {}) => {
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    let payload: string | Buffer | undefined;
    if (body.csv) [headers['content-type'], payload] = ['text/csv', body.csv];
    else if (body.json !== undefined)
      [headers['content-type'], payload] = ['application/json', JSON.stringify(body.json)];
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, { method, headers, body: payload });
    } catch (error) {
      const cause = (error as { cause?: { message?: string } }).cause?.message ?? String(error);
      throw new Error(
        `API’et svarer ikke på ${base} (kører npm start?) / The API does not answer at ${base}: ${cause}`,
      );
    }
    const text = await response.text();
    let answer: unknown = text;
    try {
      answer = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON (e.g. a proxy's error page): keep the text, so the status and what was said still show.
      answer = { message: text.slice(0, 500) };
    }
    if (!response.ok) throw new Error(describeFailure(response.status, answer));
    return answer;
  };
}

/** An error answer as a person reads it: status, code, message, and one line per problem. */
function describeFailure(status: number, answer: unknown): string {
  const { code, message, details } = (answer ?? {}) as {
    code?: string;
    message?: string | string[];
    details?: { problems?: { line?: number; column?: string; path?: string; message: string }[] };
  };
  const lines = [`HTTP ${status}${code ? ` ${code}` : ''}: ${[message ?? ''].flat().join('; ')}`];
  for (const problem of details?.problems ?? []) {
    const where =
      problem.line !== undefined
        ? `linje/line ${problem.line}${problem.column ? `, ${problem.column}` : ''}`
        : problem.path;
    lines.push(`  ${where}: ${problem.message}`);
  }
  return lines.join('\n');
}
