import { LANGUAGES, isLanguage } from '@ledelsesrum/domain';
import { API_FLAGS, apiClient } from '../api-client';

type Flags = Map<string, string[]>;

interface Change {
  readonly method: string;
  /** Flags that name what changes, in the path. */
  readonly path: (one: (name: string) => string) => string;
  /** Flags sent in the body; those ending in `?` may be left out. */
  readonly body: readonly string[];
  readonly usage: string;
}

const enc = encodeURIComponent;

/** One change to the organisation per command: a flag per field, sent to the route that makes that change. */
const CHANGES: Record<string, Change> = {
  'area-add': { method: 'POST', path: () => '/areas', body: ['id', 'name'], usage: '--id --name' },
  'area-rename': { method: 'PATCH', path: (one) => `/areas/${enc(one('id'))}`, body: ['name'], usage: '--id --name' },
  'person-add': {
    method: 'POST',
    path: () => '/people',
    body: ['id', 'name', 'email', 'areaId', 'level', 'experienced', 'managerId?', 'language?'],
    usage: '--id --name --email --areaId --level --experienced ja|nej [--managerId] [--language da|en]',
  },
  'person-change': {
    method: 'PATCH',
    path: (one) => `/people/${enc(one('id'))}`,
    body: ['name?', 'email?', 'areaId?', 'level?', 'experienced?', 'managerId?', 'language?'],
    usage:
      '--id [--name] [--email] [--areaId] [--level] [--experienced ja|nej] [--managerId <id>|ingen] [--language da|en]',
  },
  'group-create': {
    method: 'POST',
    path: () => '/groups',
    body: ['id', 'name', 'facilitatorId', 'member*'],
    usage: '--id --name --facilitatorId [--member <id> …]',
  },
  'member-add': {
    method: 'POST',
    path: (one) => `/groups/${enc(one('group'))}/members`,
    body: ['personId'],
    usage: '--group --personId',
  },
  'member-remove': {
    method: 'DELETE',
    path: (one) => `/groups/${enc(one('group'))}/members/${enc(one('person'))}`,
    body: [],
    usage: '--group --person',
  },
  facilitator: {
    method: 'PUT',
    path: (one) => `/groups/${enc(one('group'))}/facilitator`,
    body: ['facilitatorId'],
    usage: '--group --facilitatorId',
  },
};

export const CHANGE_COMMANDS = Object.keys(CHANGES);

export const CHANGE_USAGE = Object.entries(CHANGES)
  .map(([name, change]) => `  ${name} ${change.usage}`)
  .join('\n');

export async function changeCommand(command: string, flags: Flags): Promise<unknown> {
  const change = CHANGES[command]!;
  const one = (name: string): string => {
    const value = flags.get(name)?.[0];
    if (value === undefined || value === '') throw new Error(`--${name} mangler / --${name} is missing`);
    return value;
  };
  const path = change.path(one);
  const fields = change.body.map((field) => field.replace(/[?*]$/, ''));
  // Path flags (id, group, person) name what changes; the rest must be fields of this change.
  const known = new Set([...fields, 'id', 'group', 'person', ...API_FLAGS]);
  const unknown = [...flags.keys()].filter((name) => !known.has(name));
  if (unknown.length > 0) throw new Error(`Ukendte flag / Unknown flags: ${unknown.join(', ')}`);
  const body: Record<string, unknown> = {};
  for (const field of change.body) {
    const name = field.replace(/[?*]$/, '');
    if (field.endsWith('*')) body['memberIds'] = flags.get(name) ?? [];
    else if (field.endsWith('?') && !flags.has(name)) continue;
    else body[name] = value(name, one(name));
  }
  const call = await apiClient(flags);
  return call(change.method, path, change.body.length > 0 ? { json: body } : {});
}

/**
 * Flags are text: `experienced` is a yes/no, `managerId ingen` (none) removes the manager, and `language` is one of
 * the languages (checked here too, so a typo is caught before anything is sent).
 */
function value(name: string, text: string): unknown {
  if (name === 'experienced') {
    if (['ja', 'yes', 'true'].includes(text)) return true;
    if (['nej', 'no', 'false'].includes(text)) return false;
    throw new Error(`--experienced: ja eller nej / yes or no`);
  }
  if (name === 'managerId' && ['ingen', 'none'].includes(text)) return null;
  if (name === 'language' && !isLanguage(text)) throw new Error(`--language: ${LANGUAGES.join(' eller / or ')}`);
  return text;
}
