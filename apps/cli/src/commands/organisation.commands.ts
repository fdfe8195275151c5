import { readFileSync } from 'node:fs';
import type { components } from '@ledelsesrum/api-client';
import { answered, API_FLAGS, apiClient } from '../api-client';

export const ORGANISATION_USAGE = `  import --file <organisation.csv>
      Indlæser organisationen fra CSV / Imports the organisation from CSV
  compose [--count 11] [--seed 1]
      Foreslår grupper (JSON på stdout) / Proposes groups (JSON on stdout)
  adopt --file <proposal.json>
      Gemmer et (evt. rettet) forslag som grupperne / Records a (possibly edited) proposal as the groups
  leave --person <id>            Personen fratræder / The person leaves
  erase --person <id>            Slet persondata (GDPR) / Erase personal data
  export --person <id>           Alt om personen (JSON) / Everything held about the person
  release --cycle <id> --person <id> --reason <tekst/text>
      Fritag for videreformidlingen / Release from the cascade
  undo-release --cycle <id> --person <id> --reason <tekst/text>
      Fortryd fritagelsen / Undo the release
  (alle / all: [--api <url>] [--token <jwt> | --as <person-id>])`;

type Flags = Map<string, string[]>;
type AdoptGroups = components['schemas']['AdoptGroupsDto'];

/** The organisation commands: each is one API call, so the API's rules and access checks apply unchanged. */
export async function organisationCommand(command: string, flags: Flags): Promise<unknown> {
  const one = (name: string): string => {
    const value = flags.get(name)?.[0];
    if (!value) throw new Error(`--${name} mangler / --${name} is missing`);
    return value;
  };
  const api = await apiClient(flags);
  const person = () => ({ params: { path: { id: one('person') } } });
  /** A person's cascade in a cycle, and why it is changed: what a release and its undoing take. */
  const cascadeWithReason = () => ({
    params: { path: { id: one('cycle'), personId: one('person') } },
    body: { reason: one('reason') },
  });
  switch (command) {
    case 'import': {
      allow(flags, ['file']);
      // The spreadsheet's bytes as they are: the API tells UTF-8 from Windows-1252 by them.
      const csv = readFileSync(one('file'));
      return answered(
        api.POST('/api/organisation/import', {
          body: '',
          bodySerializer: () => csv,
          headers: { 'content-type': 'text/csv' },
        }),
      );
    }
    case 'compose': {
      allow(flags, ['count', 'seed']);
      const count = Number(flags.get('count')?.[0] ?? 11);
      const seed = flags.get('seed')?.[0];
      return answered(
        api.POST('/api/organisation/groups/compose', { body: { count, ...(seed ? { seed: Number(seed) } : {}) } }),
      );
    }
    case 'adopt': {
      allow(flags, ['file']);
      const { groups } = JSON.parse(readFileSync(one('file'), 'utf8')) as Pick<AdoptGroups, 'groups'>;
      return answered(api.POST('/api/organisation/groups/adopt', { body: { groups } }));
    }
    case 'leave':
      allow(flags, ['person']);
      return answered(api.POST('/api/people/{id}/leave', person()));
    case 'erase':
      allow(flags, ['person']);
      return answered(api.DELETE('/api/people/{id}/personal-data', person()));
    case 'export':
      allow(flags, ['person']);
      return answered(api.GET('/api/people/{id}/export', person()));
    case 'release':
      allow(flags, ['cycle', 'person', 'reason']);
      return answered(api.POST('/api/cycles/{id}/cascades/{personId}/release', cascadeWithReason()));
    case 'undo-release':
      allow(flags, ['cycle', 'person', 'reason']);
      return answered(api.POST('/api/cycles/{id}/cascades/{personId}/release/undo', cascadeWithReason()));
    default:
      throw new Error(`Ukendt kommando / Unknown command: ${command}`);
  }
}

export const ORGANISATION_COMMANDS = [
  'import',
  'compose',
  'adopt',
  'leave',
  'erase',
  'export',
  'release',
  'undo-release',
];

/** Refuses any flag but `names` and the flags every API command takes. */
export function allow(flags: Flags, names: readonly string[]): void {
  const unknown = [...flags.keys()].filter(
    (name) => !names.includes(name) && !(API_FLAGS as readonly string[]).includes(name),
  );
  if (unknown.length > 0) throw new Error(`Ukendte flag / Unknown flags: ${unknown.join(', ')}`);
}
