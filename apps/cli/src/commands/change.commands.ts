import { LANGUAGES, LEADER_LEVELS, isLanguage, type LeaderLevel } from '@ledelsesrum/domain';
import { answered, API_FLAGS, apiClient } from '../api-client';

type Flags = Map<string, string[]>;

/** The flags of one command, read as the fields of its request. */
interface Read {
  /** A flag that must be given. */
  one(name: string): string;
  /** `{ [name]: value }` when the flag is given, `{}` otherwise (the field is then left out). */
  optional<K extends string, T>(name: K, as: (text: string) => T): Partial<Record<K, T>>;
  /** Every value of a flag given many times. */
  all(name: string): string[];
}

interface Change {
  /** The flags it takes: those naming what changes (in the path) and the fields it sends. */
  readonly flags: readonly string[];
  readonly usage: string;
  send(api: Awaited<ReturnType<typeof apiClient>>, read: Read): Promise<unknown>;
}

/** One change to the organisation per command: a flag per field, sent to the route that makes that change. */
const CHANGES: Record<string, Change> = {
  'area-add': {
    flags: ['id', 'name'],
    usage: '--id --name',
    send: (api, { one }) => answered(api.POST('/api/areas', { body: { id: one('id'), name: one('name') } })),
  },
  'area-rename': {
    flags: ['id', 'name'],
    usage: '--id --name',
    send: (api, { one }) =>
      answered(api.PATCH('/api/areas/{id}', { params: { path: { id: one('id') } }, body: { name: one('name') } })),
  },
  'person-add': {
    flags: ['id', 'name', 'email', 'areaId', 'level', 'experienced', 'managerId', 'language'],
    usage: '--id --name --email --areaId --level --experienced ja|nej [--managerId] [--language da|en]',
    send: (api, { one, optional }) =>
      answered(
        api.POST('/api/people', {
          body: {
            id: one('id'),
            name: one('name'),
            email: one('email'),
            areaId: one('areaId'),
            level: level(one('level')),
            experienced: yesOrNo(one('experienced')),
            ...optional('managerId', (text) => text),
            ...optional('language', language),
          },
        }),
      ),
  },
  'person-change': {
    flags: ['id', 'name', 'email', 'areaId', 'level', 'experienced', 'managerId', 'language'],
    usage:
      '--id [--name] [--email] [--areaId] [--level] [--experienced ja|nej] [--managerId <id>|ingen] [--language da|en]',
    send: (api, { one, optional }) =>
      answered(
        api.PATCH('/api/people/{id}', {
          params: { path: { id: one('id') } },
          body: {
            ...optional('name', (text) => text),
            ...optional('email', (text) => text),
            ...optional('areaId', (text) => text),
            ...optional('level', level),
            ...optional('experienced', yesOrNo),
            ...optional('managerId', managerOrNone),
            ...optional('language', language),
          },
        }),
      ),
  },
  'group-create': {
    flags: ['id', 'name', 'facilitatorId', 'member'],
    usage: '--id --name --facilitatorId [--member <id> …]',
    send: (api, { one, all }) =>
      answered(
        api.POST('/api/groups', {
          body: { id: one('id'), name: one('name'), facilitatorId: one('facilitatorId'), memberIds: all('member') },
        }),
      ),
  },
  'member-add': {
    flags: ['group', 'personId'],
    usage: '--group --personId',
    send: (api, { one }) =>
      answered(
        api.POST('/api/groups/{id}/members', {
          params: { path: { id: one('group') } },
          body: { personId: one('personId') },
        }),
      ),
  },
  'member-remove': {
    flags: ['group', 'person'],
    usage: '--group --person',
    send: (api, { one }) =>
      answered(
        api.DELETE('/api/groups/{id}/members/{personId}', {
          params: { path: { id: one('group'), personId: one('person') } },
        }),
      ),
  },
  facilitator: {
    flags: ['group', 'facilitatorId'],
    usage: '--group --facilitatorId',
    send: (api, { one }) =>
      answered(
        api.PUT('/api/groups/{id}/facilitator', {
          params: { path: { id: one('group') } },
          body: { facilitatorId: one('facilitatorId') },
        }),
      ),
  },
};

export const CHANGE_COMMANDS = Object.keys(CHANGES);

export const CHANGE_USAGE = Object.entries(CHANGES)
  .map(([name, change]) => `  ${name} ${change.usage}`)
  .join('\n');

export async function changeCommand(command: string, flags: Flags): Promise<unknown> {
  const change = CHANGES[command]!;
  const known = new Set([...change.flags, ...API_FLAGS]);
  const unknown = [...flags.keys()].filter((name) => !known.has(name));
  if (unknown.length > 0) throw new Error(`Ukendte flag / Unknown flags: ${unknown.join(', ')}`);
  const one = (name: string): string => {
    const value = flags.get(name)?.[0];
    if (value === undefined || value === '') throw new Error(`--${name} mangler / --${name} is missing`);
    return value;
  };
  const read: Read = {
    one,
    optional: <K extends string, T>(name: K, as: (text: string) => T) =>
      (flags.has(name) ? { [name]: as(one(name)) } : {}) as Partial<Record<K, T>>,
    all: (name) => flags.get(name) ?? [],
  };
  return change.send(await apiClient(flags), read);
}

/** Flags are text: `experienced` is a yes/no. */
function yesOrNo(text: string): boolean {
  if (['ja', 'yes', 'true'].includes(text)) return true;
  if (['nej', 'no', 'false'].includes(text)) return false;
  throw new Error(`--experienced: ja eller nej / yes or no`);
}

/** `managerId ingen` (none) removes the manager. */
function managerOrNone(text: string): string | null {
  return ['ingen', 'none'].includes(text) ? null : text;
}

/** One of the languages, checked here too, so a typo is caught before anything is sent. */
function language(text: string): (typeof LANGUAGES)[number] {
  if (!isLanguage(text)) throw new Error(`--language: ${LANGUAGES.join(' eller / or ')}`);
  return text;
}

function level(text: string): LeaderLevel {
  if (!(LEADER_LEVELS as readonly string[]).includes(text)) {
    throw new Error(`--level: ${LEADER_LEVELS.join(', ')}`);
  }
  return text as LeaderLevel;
}
