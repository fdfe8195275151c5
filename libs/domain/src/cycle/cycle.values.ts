import {
  expectValue,
  invalidValue,
  isCalendarDate,
  isCount,
  isId,
  isIdList,
  isDateTime,
  isPlainObject,
  isSealed,
  isText,
  isTextList,
  optional,
} from '../shared/values';
import type { CycleCommand } from './cycle.commands';
import { MESSAGE_KINDS, CHEFGRUPPEN_AUDIENCE } from './cycle.notices';
import { MATERIAL_KINDS } from './cycle.types';

type Fields = Readonly<Record<string, unknown>>;

const ROUND = /^(prep|summary|escalation|status-report|reminder-[1-9]\d{0,2})$/;

/**
 * Refuses a command whose values no rule allows, whatever let it through: ids, texts, dates within FIRST_YEAR..
 * LAST_YEAR, sealed words, lists that are lists. The rules about what the values mean (a schedule's order, a meeting's
 * length) stay with the decisions that need them.
 */
export function assertCycleValues(command: CycleCommand): void {
  expectValue(isPlainObject(command), 'command', command);
  const given = command as unknown as Fields;
  const expect = (ok: (value: unknown) => boolean, field: string) => expectValue(ok(given[field]), field, given[field]);
  switch (command.type) {
    case 'LaunchCycle':
      expect(isId, 'cycleId');
      expect(isText, 'theme');
      expect(isCalendarDate, 'meetingDate');
      eachOf(given, 'groups', checkGroup);
      if (given['meeting'] !== undefined) checkMeeting(given['meeting']);
      if (given['schedule'] !== undefined) checkSchedule(given['schedule'], 'schedule');
      return;
    case 'SetAgenda':
      eachOf(given, 'items', checkEntry);
      eachOf(given, 'prepTasks', checkEntry);
      eachOf(given, 'materials', checkMaterial);
      return;
    case 'SendPrep':
      return;
    case 'RecordMeeting':
      expect(isId, 'groupId');
      expect(isDateTime, 'heldAt');
      expect(isIdList, 'attendeeIds');
      expect(isTextList, 'keyPoints');
      expect(isTextList, 'inputToChefgruppen');
      return;
    case 'PublishSummary':
      return expect(isText, 'text');
    case 'ConfirmCascade':
      expect(isId, 'personId');
      expect(isDateTime, 'passedOnAt');
      expect(isText, 'channel');
      return expect(optional(isSealed), 'note');
    case 'ReleaseFromCascade':
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
      eachOf(given, 'messages', checkMessage);
      if (given['completes'] !== undefined) checkCompletion(given['completes']);
      return;
    default:
      throw invalidValue('type', given['type']);
  }
}

function eachOf(fields: Fields, field: string, check: (item: Fields, path: string) => void): void {
  const items = fields[field];
  expectValue(Array.isArray(items), field, items);
  (items as unknown[]).forEach((item, index) => {
    const path = `${field}[${index}]`;
    expectValue(isPlainObject(item), path, item);
    check(item as Fields, path);
  });
}

/** Checks each named field of `fields` with its check; `path` prefixes the field in a refusal. */
function checkFields(fields: Fields, path: string, checks: Readonly<Record<string, (value: unknown) => boolean>>) {
  for (const [field, check] of Object.entries(checks)) {
    expectValue(check(fields[field]), path ? `${path}.${field}` : field, fields[field]);
  }
}

function checkGroup(group: Fields, path: string): void {
  checkFields(group, path, { id: isId, facilitatorId: isId, memberIds: isIdList });
}

function checkMeeting(meeting: unknown): void {
  expectValue(isPlainObject(meeting), 'meeting', meeting);
  checkFields(meeting as Fields, 'meeting', {
    startTime: optional((value) => typeof value === 'string'),
    durationMinutes: optional((value) => typeof value === 'number'),
    place: optional(isText),
  });
}

function checkSchedule(schedule: unknown, path: string): void {
  expectValue(isPlainObject(schedule), path, schedule);
  checkFields(schedule as Fields, path, {
    // What an instant means for the schedule is the schedule's rule (SCHEDULE_INVALID): here only its type.
    prepSendAt: optional((value) => typeof value === 'string'),
    reminders: optional((value) => Array.isArray(value) && value.every((item) => typeof item === 'string')),
    deadline: optional((value) => typeof value === 'string'),
  });
}

function checkEntry(entry: Fields, path: string): void {
  checkFields(entry, path, { title: isText, description: optional((value) => typeof value === 'string') });
}

function checkMaterial(material: Fields, path: string): void {
  checkFields(material, path, {
    kind: (value) => (MATERIAL_KINDS as readonly unknown[]).includes(value),
    title: isText,
    url: optional(isText),
  });
}

function checkMessage(message: Fields, path: string): void {
  checkFields(message, path, {
    kind: (value) => (MESSAGE_KINDS as readonly unknown[]).includes(value),
    idempotencyKey: isText,
    recipientIds: isIdList,
    audience: optional((value) => value === CHEFGRUPPEN_AUDIENCE),
    messageId: isText,
    sentAt: isDateTime,
  });
}

function checkCompletion(completes: unknown): void {
  expectValue(isPlainObject(completes), 'completes', completes);
  checkFields(completes as Fields, 'completes', { messageCount: isCount, unreachableIds: isIdList });
}
