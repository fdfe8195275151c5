import { answered, apiClient } from '../api-client';
import { allow } from './organisation.commands';
import { parseArgs } from '../parse-args';

export const PROJECTIONS_USAGE = `  projections rebuild [--api <url>] [--token <jwt> | --as <person-id>]
      Genopbyg læsemodellen fra hændelserne i det kørende API / Rebuild the running API's read model from the events`;

/** A mistake in how `projections` was called: exit code 2, with the usage. */
class ProjectionsUsageError extends Error {
  readonly exitCode = 2;
  constructor(problem: string) {
    super(`${problem}\n\nBrug / Usage:\n${PROJECTIONS_USAGE}`);
  }
}

interface RebuildAnswer {
  readonly cycles: number;
  readonly events: number;
  readonly position: number;
  readonly durationMs: number;
}

/**
 * `projections rebuild`: asks the running API (POST /api/audit/projections/rebuild) to drop its read model and fold
 * it again from the events; the read model lives in the API process, so that is where it is rebuilt. Returns the
 * line to print.
 */
export async function projectionsCommand(args: readonly string[]): Promise<string> {
  const [action, ...rest] = args;
  if (action !== 'rebuild') throw new ProjectionsUsageError(`Ukendt / Unknown: projections ${action ?? ''}`.trim());
  let flags: Map<string, string[]>;
  try {
    flags = parseArgs([action, ...rest]).flags;
    allow(flags, []);
  } catch (error) {
    throw new ProjectionsUsageError((error as Error).message);
  }
  const api = await apiClient(flags);
  // The description does not state this answer's fields yet: read as the route answers them.
  const answer: unknown = await answered(api.POST('/api/audit/projections/rebuild'));
  const { cycles, events, position, durationMs } = answer as RebuildAnswer;
  return (
    `Læsemodellen er genopbygget: ${cycles} møderunder, ${events} hændelser (til position ${position}) på ${durationMs} ms / ` +
    `The read model was rebuilt: ${cycles} meeting rounds, ${events} events (up to position ${position}) in ${durationMs} ms`
  );
}
