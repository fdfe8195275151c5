import { foldCycleEvents, type CycleHistoryEntry } from '@ledelsesrum/projections';
import type { CycleEvent, LaunchedCycle } from '@ledelsesrum/domain';
import type { RecordedEvent } from '@ledelsesrum/event-store';
import type { CycleFile, Names } from '../cycle-file';

export const ROUND_ID = 'c-print';

/** A summary with what Markdown the summary may hold: a heading, paragraphs, a list, emphasis and a link. */
export const SUMMARY_TEXT = [
  'Grupperne talte om **trivsel** og om at sige fra i tide.',
  '',
  '### Det tager vi med',
  '',
  '- Tal om arbejdsmængden på hvert personalemøde',
  '- Brug *trivselsmålingen* aktivt',
  '',
  'Læs mere i [vejledningen](https://example.org/vejledning).',
].join('\n');

const GROUPS = [
  { id: 'g-1', facilitatorId: 'p-fac1', memberIds: ['p-fac1', 'p-anne', 'p-bo'] },
  { id: 'g-2', facilitatorId: 'p-fac2', memberIds: ['p-fac2', 'p-cecilie', 'p-dan'] },
];

/**
 * A meeting round from launch to closing, as the events it leaves: two groups met, one leader confirmed, one was
 * released, and chefgruppen closed the round with the rest as exceptions.
 */
export const FINISHED_ROUND: readonly (CycleEvent & { readonly recordedAt: string; readonly actorId: string })[] = [
  {
    type: 'CycleLaunched',
    data: {
      cycleId: ROUND_ID,
      theme: 'Ledelse af psykisk arbejdsmiljø',
      meetingDate: '2027-03-11',
      groups: GROUPS,
      launchedBy: 'p-chef',
      launchedAt: '2027-01-10T09:00:00.000Z',
    },
    recordedAt: '2027-01-10T09:00:00.000Z',
    actorId: 'p-chef',
  },
  {
    type: 'AgendaSet',
    data: {
      items: [{ title: 'Hvad ser vi hos os?', description: 'Erfaringer fra egne enheder' }],
      prepTasks: [{ title: 'Spørg dine medarbejdere, hvad der belaster mest' }],
      materials: [{ kind: 'article', title: 'Artikel om psykisk arbejdsmiljø', url: 'https://example.org/artikel' }],
      setAt: '2027-01-20T10:00:00.000Z',
    },
    recordedAt: '2027-01-20T10:00:00.000Z',
    actorId: 'p-chef',
  },
  {
    type: 'PrepSent',
    data: { recipientIds: GROUPS.flatMap((group) => group.memberIds), sentAt: '2027-02-25T08:00:00.000Z' },
    recordedAt: '2027-02-25T08:00:00.000Z',
    actorId: '@system',
  },
  ...GROUPS.map((group, index) => ({
    type: 'MeetingRecorded' as const,
    data: {
      groupId: group.id,
      heldAt: '2027-03-11T08:00:00.000Z',
      attendeeIds: group.memberIds.slice(0, 2 + (index % 2)),
      keyPoints: [`Gruppe ${index + 1}: arbejdsmængden fylder`, 'Åbenhed om stress hjælper'],
      inputToChefgruppen: index === 0 ? ['Fælles retningslinjer for mails efter kl. 17'] : [],
      recordedBy: group.facilitatorId,
    },
    recordedAt: '2027-03-11T12:00:00.000Z',
    actorId: group.facilitatorId,
  })),
  {
    type: 'MeetingsHeld',
    data: { at: '2027-03-11T12:00:01.000Z' },
    recordedAt: '2027-03-11T12:00:01.000Z',
    actorId: '@system',
  },
  {
    type: 'SummaryPublished',
    data: { text: SUMMARY_TEXT, publishedAt: '2027-03-15T12:00:00.000Z' },
    recordedAt: '2027-03-15T12:00:00.000Z',
    actorId: 'p-chef',
  },
  {
    type: 'CascadeConfirmed',
    data: {
      personId: 'p-anne',
      passedOnAt: '2027-03-18',
      channel: 'Personalemøde',
      confirmedAt: '2027-03-18T14:30:00.000Z',
    },
    recordedAt: '2027-03-18T14:30:00.000Z',
    actorId: 'p-anne',
  },
  {
    type: 'CascadeReleased',
    data: { personId: 'p-bo', reason: 'Fratrådt', releasedBy: 'p-chef', at: '2027-03-20T09:00:00.000Z' },
    recordedAt: '2027-03-20T09:00:00.000Z',
    actorId: 'p-chef',
  },
  {
    type: 'CycleClosed',
    data: {
      reason: 'Fristen er overskredet',
      exceptionIds: ['p-fac1', 'p-fac2', 'p-cecilie', 'p-dan'],
      closedBy: 'p-chef',
      at: '2027-04-01T09:00:00.000Z',
    },
    recordedAt: '2027-04-01T09:00:00.000Z',
    actorId: 'p-chef',
  },
  {
    type: 'CycleCompleted',
    data: { at: '2027-04-01T09:00:01.000Z' },
    recordedAt: '2027-04-01T09:00:01.000Z',
    actorId: '@system',
  },
];

const PEOPLE: Record<string, string> = {
  'p-chef': 'Charlotte Chef',
  'p-fac1': 'Frida Facilitator',
  'p-fac2': 'Finn Facilitator',
  'p-anne': 'Anne Ærø',
  'p-bo': 'Bo Østergård',
  'p-cecilie': 'Cecilie Åberg',
  'p-dan': 'Dan Dalby',
};

/** The round's people and groups by name; an id nobody knows is shown as itself, as on the pages. */
export const ROUND_NAMES: Names = {
  personName: (id) => PEOPLE[id] ?? id,
  groupName: (id) => ({ 'g-1': 'Gruppe Nord', 'g-2': 'Gruppe Syd' })[id] ?? id,
};

/** The round's events as the store records them, numbered from revision 0. */
export function recordedRound(): RecordedEvent[] {
  return FINISHED_ROUND.map(({ type, data, recordedAt, actorId }, revision) => ({
    id: `e-${revision}`,
    streamId: `cycle-${ROUND_ID}`,
    type,
    data: data as unknown as Record<string, unknown>,
    metadata: { actorId },
    revision,
    recordedAt,
  })) as unknown as RecordedEvent[];
}

/** The round as the printed documents read it, from its history. */
export function roundFile(history: readonly CycleHistoryEntry[], events: readonly RecordedEvent[]): CycleFile {
  return { state: foldCycleEvents(events).state as LaunchedCycle, history, names: ROUND_NAMES };
}
