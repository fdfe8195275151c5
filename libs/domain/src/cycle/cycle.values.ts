import {
  expectEach,
  expectFields,
  expectRecord,
  expectValue,
  invalidValue,
  isCalendarDate,
  isCount,
  isId,
  isIdList,
  isDateTime,
  isSealed,
  isText,
  isTextList,
  optional,
} from '../shared/values';
import type { CycleCommand } from './cycle.commands';
import { MESSAGE_KINDS, CHEFGRUPPEN_AUDIENCE, DISTRIBUTION_LIST_AUDIENCE } from './cycle.notices';
import { MATERIAL_KINDS } from './cycle.types';

type Fields = Readonly<Record<string, unknown>>;

const ROUND = /^(prep|summary|escalation|status-report|cancellation|(reminder|errata)-[1-9]\d{0,2})$/;

/**
 * Refuses a command whose values no rule allows, whatever let it through: ids, texts, dates within FIRST_YEAR..
 * LAST_YEAR, sealed words, lists that are lists. The rules about what the values mean (a schedule's order, a meeting's
 * length) stay with the decisions that need them.
 */
export function assertCycleValues(command: CycleCommand): void {
  const given = expectRecord(command, 'command');
  const expect = (ok: (value: unknown) => boolean, field: string) => expectValue(ok(given[field]), field, given[field]);
  switch (command.type) {
    case 'LaunchCycle':
      expect(isId, 'cycleId');
      expect(isText, 'theme');
      expect(isCalendarDate, 'meetingDate');
      expectEach(given, 'groups', checkGroup);
      if (given['meeting'] !== undefined) checkMeeting(given['meeting']);
      if (given['schedule'] !== undefined) checkSchedule(given['schedule'], 'schedule');
      return expect(
        optional((value) => typeof value === 'boolean'),
        'backRegistration',
      );
    case 'SetAgenda':
      expectEach(given, 'items', checkEntry);
      expectEach(given, 'prepTasks', checkEntry);
      expectEach(given, 'materials', checkMaterial);
      return;
    case 'SendPrep':
      return;
    case 'RecordMeeting':
    case 'AmendMeetingRecord':
      expect(isId, 'groupId');
      expect(isDateTime, 'heldAt');
      expect(isIdList, 'attendeeIds');
      expect(isTextList, 'keyPoints');
      expect(isTextList, 'inputToChefgruppen');
      return expect(optional(isText), 'reason');
    case 'CorrectAgenda':
      expectEach(given, 'items', checkEntry);
      expectEach(given, 'prepTasks', checkEntry);
      expectEach(given, 'materials', checkMaterial);
      expect(isText, 'changes');
      return expect(isText, 'reason');
    case 'CancelCycle':
      return expect(isText, 'reason');
    case 'PublishSummary':
      return expect(isText, 'text');
    case 'ConfirmCascade':
    case 'CorrectCascadeConfirmation':
      expect(isId, 'personId');
      expect(isDateTime, 'passedOnAt');
      expect(isText, 'channel');
      return expect(optional(isSealed), 'note');
    case 'WriteReflection':
      expect(isId, 'personId');
      return expect(isSealed, 'text');
    case 'ReleaseFromCascade':
    case 'WithdrawCascadeConfirmation':
    case 'UndoRelease':
      expect(isId, 'personId');
      return expect(isSealed, 'reason');
    case 'ChangeSchedule':
      return checkSchedule(given, '');
    case 'CloseCycle':
      return expect(isText, 'reason');
    case 'TakeUpInput':
      expect(isId, 'fromCycleId');
      expect(isId, 'groupId');
      expect(isCount, 'item');
      return expect(isText, 'text');
    case 'RecordNotifications':
      expect((value) => typeof value === 'string' && ROUND.test(value), 'round');
      expectEach(given, 'messages', checkMessage);
      if (given['completes'] !== undefined) checkCompletion(given['completes']);
      return;
    default:
      throw invalidValue('type', given['type']);
  }
}

function checkGroup(group: Fields, path: string): void {
  expectFields(group, path, { id: isId, facilitatorId: isId, memberIds: isIdList });
}

function checkMeeting(meeting: unknown): void {
  expectFields(expectRecord(meeting, 'meeting'), 'meeting', {
    startTime: optional((value) => typeof value === 'string'),
    durationMinutes: optional((value) => typeof value === 'number'),
    place: optional(isText),
  });
}

function checkSchedule(schedule: unknown, path: string): void {
  expectFields(expectRecord(schedule, path), path, {
    // What an instant means for the schedule is the schedule's rule (SCHEDULE_INVALID): here only its type.
    prepSendAt: optional((value) => typeof value === 'string'),
    reminders: optional((value) => Array.isArray(value) && value.every((item) => typeof item === 'string')),
    deadline: optional((value) => typeof value === 'string'),
  });
}

function checkEntry(entry: Fields, path: string): void {
  expectFields(entry, path, { title: isText, description: optional((value) => typeof value === 'string') });
}

function checkMaterial(material: Fields, path: string): void {
  expectFields(material, path, {
    kind: (value) => (MATERIAL_KINDS as readonly unknown[]).includes(value),
    title: isText,
    url: optional(isText),
  });
}

function checkMessage(message: Fields, path: string): void {
  expectFields(message, path, {
    kind: (value) => (MESSAGE_KINDS as readonly unknown[]).includes(value),
    idempotencyKey: isText,
    recipientIds: isIdList,
    audience: optional((value) => value === CHEFGRUPPEN_AUDIENCE || value === DISTRIBUTION_LIST_AUDIENCE),
    list: optional((value) => {
      expectFields(expectRecord(value, `${path}.list`), `${path}.list`, { name: isText, address: isText });
      return true;
    }),
    messageId: isText,
    sentAt: isDateTime,
  });
}

function checkCompletion(completes: unknown): void {
  expectFields(expectRecord(completes, 'completes'), 'completes', { messageCount: isCount, unreachableIds: isIdList });
}
