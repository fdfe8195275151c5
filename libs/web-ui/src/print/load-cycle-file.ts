import { readCycleHistory } from '@ledelsesrum/projections';
import { launchedCycle, type CycleSources } from '../chefgruppen/cycles/page-data';
import { PeopleDirectory } from '../chefgruppen/cycles/people';
import type { CycleFile } from './cycle-file';

/** A round's state, history and names, read as its pages read them; 404 when there is no such round. */
export async function loadCycleFile(sources: CycleSources, id: string): Promise<CycleFile> {
  const { state } = launchedCycle(sources.readModel, id);
  const [history, organisation] = await Promise.all([readCycleHistory(sources.store, id), sources.organisation.read()]);
  return { state, history, names: new PeopleDirectory(organisation) };
}
