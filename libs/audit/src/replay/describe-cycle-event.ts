import type { CycleEvent, MessageKind, NoticeRound } from '@ledelsesrum/domain';
import { count, describeWith, someIds, type Description, type Describers } from './description';

type DataOf<T extends CycleEvent['type']> = Extract<CycleEvent, { type: T }>['data'];

const KINDS: Record<MessageKind, Description> = {
  'prep-package': { da: 'forberedelsespakke', en: 'prep package' },
  summary: { da: 'opsamling', en: 'summary' },
  'cascade-request': { da: 'anmodning om bekræftelse', en: 'cascade request' },
  'cascade-reminder': { da: 'påmindelse', en: 'reminder' },
  escalation: { da: 'eskalering', en: 'escalation' },
  'status-report': { da: 'statusrapport', en: 'status report' },
  'agenda-errata': { da: 'rettelse til dagsordenen', en: 'agenda errata' },
  cancellation: { da: 'aflysning', en: 'cancellation' },
  'staff-summary': { da: 'opsamling til medarbejderne', en: 'summary for staff' },
};

/** A round by name: `reminder-1` is "påmindelse 1 / reminder 1". */
function roundName(round: NoticeRound): Description {
  const reminder = /^reminder-(\d+)$/.exec(round);
  if (reminder) return { da: `påmindelse ${reminder[1]}`, en: `reminder ${reminder[1]}` };
  const errata = /^errata-(\d+)$/.exec(round);
  if (errata) return { da: `rettelse ${errata[1]} til dagsordenen`, en: `agenda errata ${errata[1]}` };
  const names: Record<string, Description> = {
    prep: { da: 'forberedelse', en: 'prep' },
    summary: { da: 'opsamling', en: 'summary' },
    escalation: { da: 'eskalering', en: 'escalation' },
    'status-report': { da: 'statusrapport', en: 'status report' },
    cancellation: { da: 'aflysning', en: 'cancellation' },
  };
  return names[round] ?? { da: round, en: round };
}

function message(data: DataOf<'NotificationSent'>): Description {
  // A reminder's number is its round's: "påmindelse 1", not just "påmindelse".
  const what = data.kind === 'cascade-reminder' ? roundName(data.round) : KINDS[data.kind];
  const to = data.list
    ? {
        da: `fordelingslisten «${data.list.name}» <${data.list.address}>`,
        en: `the distribution list “${data.list.name}” <${data.list.address}>`,
      }
    : data.audience
      ? { da: data.audience, en: data.audience }
      : someIds(data.recipientIds);
  return { da: `Besked sendt: ${what.da} til ${to.da}`, en: `Message sent: ${what.en} to ${to.en}` };
}

/** A correction's reason, as the line's end. */
function because(reason: string): Description {
  return { da: `. Begrundelse: «${reason}»`, en: `. Reason: “${reason}”` };
}

const CYCLE_DESCRIBERS = {
  CycleLaunched: (data: DataOf<'CycleLaunched'>) => {
    const groups = count(data.groups.length, ['gruppe', 'grupper'], ['group', 'groups']);
    const held = data.backRegistration ? { da: ', efterregistreret', en: ', registered after it was held' } : undefined;
    return {
      da: `Møderunde startet: «${data.theme}», møde ${data.meetingDate}, ${groups.da}${held?.da ?? ''}`,
      en: `Meeting round launched: “${data.theme}”, meeting ${data.meetingDate}, ${groups.en}${held?.en ?? ''}`,
    };
  },
  AgendaSet: (data: DataOf<'AgendaSet'>) => {
    const items = count(data.items.length, ['punkt', 'punkter'], ['item', 'items']);
    const tasks = count(data.prepTasks.length, ['opgave', 'opgaver'], ['prep task', 'prep tasks']);
    const materials = count(data.materials.length, ['materiale', 'materialer'], ['material', 'materials']);
    return {
      da: `Dagsorden sat: ${items.da}, ${tasks.da}, ${materials.da}`,
      en: `Agenda set: ${items.en}, ${tasks.en}, ${materials.en}`,
    };
  },
  PrepSent: (data: DataOf<'PrepSent'>) => {
    const leaders = count(data.recipientIds.length, ['leder', 'ledere'], ['leader', 'leaders']);
    return { da: `Forberedelse sendt til ${leaders.da}`, en: `Prep sent to ${leaders.en}` };
  },
  MeetingRecorded: (data: DataOf<'MeetingRecorded'>) => ({
    da: `Møde registreret for ${data.groupId}`,
    en: `Meeting recorded for ${data.groupId}`,
  }),
  MeetingsHeld: () => ({ da: 'Alle gruppers møder er holdt', en: 'Every group’s meeting is held' }),
  SummaryPublished: () => ({ da: 'Opsamling offentliggjort', en: 'Summary published' }),
  CascadeConfirmed: (data: DataOf<'CascadeConfirmed'>) => ({
    da: `Videreformidling bekræftet af ${data.personId}`,
    en: `Cascade confirmed by ${data.personId}`,
  }),
  CascadeReleased: (data: DataOf<'CascadeReleased'>) => ({
    da: `${data.personId} fritaget for videreformidlingen`,
    en: `${data.personId} released from the cascade`,
  }),
  CascadeConfirmationCorrected: (data: DataOf<'CascadeConfirmationCorrected'>) => ({
    da: `Bekræftelse af videreformidling rettet af ${data.personId}`,
    en: `Cascade confirmation corrected by ${data.personId}`,
  }),
  CascadeConfirmationWithdrawn: (data: DataOf<'CascadeConfirmationWithdrawn'>) => ({
    da: `Bekræftelse af videreformidling trukket tilbage af ${data.personId}`,
    en: `Cascade confirmation withdrawn by ${data.personId}`,
  }),
  CascadeReleaseUndone: (data: DataOf<'CascadeReleaseUndone'>) => ({
    da: `Fritagelse af ${data.personId} fortrudt`,
    en: `Release of ${data.personId} undone`,
  }),
  ScheduleChanged: () => ({ da: 'Tidsplan ændret', en: 'Schedule changed' }),
  CycleClosed: (data: DataOf<'CycleClosed'>) => {
    const exceptions = count(data.exceptionIds.length, ['undtagelse', 'undtagelser'], ['exception', 'exceptions']);
    return { da: `Møderunde lukket med ${exceptions.da}`, en: `Meeting round closed with ${exceptions.en}` };
  },
  InputTakenUp: (data: DataOf<'InputTakenUp'>) => ({
    da: `Input taget op: punkt ${data.item} fra ${data.groupId} i møderunde ${data.fromCycleId}`,
    en: `Input taken up: item ${data.item} from ${data.groupId} in meeting round ${data.fromCycleId}`,
  }),
  NotificationSent: message,
  NoticeRoundCompleted: (data: DataOf<'NoticeRoundCompleted'>) => {
    const round = roundName(data.round);
    const messages = count(data.messageCount, ['besked', 'beskeder'], ['message', 'messages']);
    const unreachable = data.unreachableIds.length;
    return {
      da: `Udsendelse afsluttet: ${round.da}, ${messages.da}${unreachable ? `, ${unreachable} kunne ikke nås` : ''}`,
      en: `Round done: ${round.en}, ${messages.en}${unreachable ? `, ${unreachable} unreachable` : ''}`,
    };
  },
  CycleCompleted: () => ({ da: 'Møderunde afsluttet', en: 'Meeting round completed' }),
  MeetingRecordAmended: (data: DataOf<'MeetingRecordAmended'>) => {
    const why = data.reason === undefined ? { da: '', en: '' } : because(data.reason);
    return {
      da: `Mødereferat rettet for ${data.groupId} af ${data.amendedBy}${why.da}`,
      en: `Meeting record amended for ${data.groupId} by ${data.amendedBy}${why.en}`,
    };
  },
  AgendaCorrected: (data: DataOf<'AgendaCorrected'>) => ({
    da: `Dagsorden rettet efter forberedelsen af ${data.correctedBy}: «${data.changes}»${because(data.reason).da}`,
    en: `Agenda corrected after prep by ${data.correctedBy}: “${data.changes}”${because(data.reason).en}`,
  }),
  CycleCancelled: (data: DataOf<'CycleCancelled'>) => ({
    da: `Møderunden aflyst af ${data.cancelledBy}${because(data.reason).da}`,
    en: `Meeting round cancelled by ${data.cancelledBy}${because(data.reason).en}`,
  }),
  ReflectionWritten: (data: DataOf<'ReflectionWritten'>) => ({
    da: `Refleksion til egen arbejdsplads skrevet af ${data.personId}`,
    en: `Reflection for their own workplace written by ${data.personId}`,
  }),
} satisfies { [T in CycleEvent['type']]: (data: DataOf<T>) => Description };

/** One line for a cycle event: what happened, in Danish and English, people by id only. */
export function describeCycleEvent(type: string, data: unknown): Description {
  return describeWith(CYCLE_DESCRIBERS as Describers, type, data);
}
