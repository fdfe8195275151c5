import { DomainError, DomainErrorCode, DomainErrorRule } from '../shared/domain-error';
import type { CommandContext } from '../shared/domain-event';
import type {
  AmendMeetingRecord,
  CancelCycle,
  ChangeSchedule,
  CorrectAgenda,
  CloseCycle,
  ConfirmCascade,
  CorrectCascadeConfirmation,
  WriteReflection,
  CycleCommand,
  LaunchCycle,
  RecordMeeting,
  RecordNotifications,
  ReleaseFromCascade,
  TakeUpInput,
  UndoRelease,
  WithdrawCascadeConfirmation,
} from './cycle.commands';
import type { CycleEvent } from './cycle.events';
import { isRoundDone, pendingIds } from './cycle.notices';
import { checkedSchedule, resolveMeetingPlan, resolveSchedule } from './cycle.schedule';
import { isBefore, isInFuture, lastPlannableDate } from './cycle.moments';
import { copenhagenDay } from '../time/copenhagen-wall-time';
import type { CycleGroup, CycleStage, CycleState, LaunchedCycle } from './cycle.types';
import { assertCycleValues } from './cycle.values';
import { CYCLE_STAGES, inputKey } from './cycle.types';

/** Decides what a command means for a cycle: the events to record, or a DomainError. Pure. */
export function decideCycle(command: CycleCommand, state: CycleState, context: CommandContext): CycleEvent[] {
  assertCycleValues(command);
  if (command.type === 'LaunchCycle') return launch(command, state, context);
  if (state.status !== 'launched') {
    throw new DomainError(DomainErrorCode.CycleNotLaunched);
  }
  // A cancelled cycle takes nothing more, except the record of the messages that tell people it was cancelled.
  if (state.stage === 'cancelled' && command.type !== 'RecordNotifications') {
    throw new DomainError(DomainErrorCode.CycleCancelled);
  }
  // Confirming on a completed cycle says why it cannot (already confirmed, released) before it says "completed";
  // the summary's own messages may still be going out when the last leader confirms.
  if (state.stage === 'completed' && command.type !== 'ConfirmCascade' && command.type !== 'RecordNotifications') {
    throw new DomainError(DomainErrorCode.CycleCompleted);
  }
  const now = context.now;
  switch (command.type) {
    case 'SetAgenda': {
      if (isAtOrAfter(state.stage, 'prep_sent')) {
        throw new DomainError(DomainErrorCode.AgendaLocked);
      }
      if (command.items.length === 0) {
        throw new DomainError(DomainErrorCode.AgendaWithoutItems);
      }
      const { items, prepTasks, materials } = command;
      return [{ type: 'AgendaSet', data: { items, prepTasks, materials, setAt: now } }];
    }
    case 'SendPrep':
      if (state.stage === 'launched') {
        throw new DomainError(DomainErrorCode.AgendaNotSet);
      }
      if (state.stage !== 'agenda_set') {
        throw new DomainError(DomainErrorCode.PrepAlreadySent);
      }
      return [{ type: 'PrepSent', data: { recipientIds: [...state.participants.keys()], sentAt: now } }];
    case 'RecordMeeting':
      return recordMeeting(command, state, context);
    case 'PublishSummary':
      if (!isAtOrAfter(state.stage, 'meetings_held')) {
        throw new DomainError(DomainErrorCode.MeetingsNotHeld, {
          groupsWithoutMeeting: state.groups.filter((group) => !group.meeting).map((group) => group.id),
        });
      }
      if (state.stage !== 'meetings_held') {
        throw new DomainError(DomainErrorCode.SummaryAlreadyPublished);
      }
      // If every participant was released before the summary, publishing it completes the cycle.
      return [
        { type: 'SummaryPublished', data: { text: command.text, publishedAt: now } },
        ...completion(state, 0, context),
      ];
    case 'ConfirmCascade':
      return confirmCascade(command, state, context);
    case 'ReleaseFromCascade':
      return releaseFromCascade(command, state, context);
    case 'CorrectCascadeConfirmation':
      return correctConfirmation(command, state, context);
    case 'WithdrawCascadeConfirmation':
      return withdrawConfirmation(command, state, context);
    case 'UndoRelease':
      return undoRelease(command, state, context);
    case 'ChangeSchedule':
      return changeSchedule(command, state, context);
    case 'CloseCycle':
      return closeCycle(command, state, context);
    case 'TakeUpInput':
      return takeUpInput(command, state, context);
    case 'RecordNotifications':
      return recordNotifications(command, state, context);
    case 'AmendMeetingRecord':
      return amendMeetingRecord(command, state, context);
    case 'CorrectAgenda':
      return correctAgenda(command, state, context);
    case 'CancelCycle':
      return cancelCycle(command, context);
    case 'WriteReflection':
      return writeReflection(command, state, context);
  }
}

function launch(command: LaunchCycle, state: CycleState, context: CommandContext): CycleEvent[] {
  if (state.status === 'launched') {
    throw new DomainError(DomainErrorCode.CycleAlreadyLaunched);
  }
  if (command.groups.length === 0) {
    throw new DomainError(DomainErrorCode.CycleHasNoGroups);
  }
  const groupIds = command.groups.map((group) => group.id);
  if (new Set(groupIds).size !== groupIds.length) {
    throw new DomainError(DomainErrorCode.DuplicateGroup, {
      groupIds,
    });
  }
  const { cycleId, theme, meetingDate, groups, backRegistration } = command;
  if (!backRegistration && meetingDate < copenhagenDay(context.now)) {
    throw new DomainError(DomainErrorCode.MeetingDateInPast, { meetingDate });
  }
  if (meetingDate > lastPlannableDate(context.now)) {
    throw new DomainError(DomainErrorCode.MeetingDateTooFar, { meetingDate, latest: lastPlannableDate(context.now) });
  }
  const meeting = resolveMeetingPlan(command.meeting);
  const schedule = resolveSchedule(meetingDate, command.schedule);
  return [
    {
      type: 'CycleLaunched',
      data: {
        cycleId,
        theme,
        meetingDate,
        groups,
        meeting,
        schedule,
        ...(backRegistration ? { backRegistration: true as const } : {}),
        launchedBy: context.actorId,
        launchedAt: context.now,
      },
    },
  ];
}

function recordMeeting(command: RecordMeeting, state: LaunchedCycle, context: CommandContext): CycleEvent[] {
  const group = groupInCycle(state, command.groupId);
  if (!isAtOrAfter(state.stage, 'prep_sent')) {
    throw new DomainError(DomainErrorCode.PrepNotSent);
  }
  if (group.meeting) {
    throw new DomainError(DomainErrorCode.MeetingAlreadyRecorded, {
      groupId: group.id,
    });
  }
  assertPlausibleMeeting(state, group, command, context);
  const { groupId, heldAt, attendeeIds, keyPoints, inputToChefgruppen } = command;
  const events: CycleEvent[] = [
    {
      type: 'MeetingRecorded',
      data: { groupId, heldAt, attendeeIds, keyPoints, inputToChefgruppen, recordedBy: context.actorId },
    },
  ];
  const stillWaiting = state.groups.filter((candidate) => !candidate.meeting && candidate.id !== groupId);
  if (stillWaiting.length === 0) events.push({ type: 'MeetingsHeld', data: { at: context.now } });
  return events;
}

function groupInCycle(state: LaunchedCycle, groupId: string): CycleGroup {
  const group = state.groups.find((candidate) => candidate.id === groupId);
  if (!group) throw new DomainError(DomainErrorCode.GroupNotInCycle, { groupId });
  return group;
}

/** A meeting as it could have been held: someone there, not in the future, not before the prep went out. */
function assertPlausibleMeeting(
  state: LaunchedCycle,
  group: CycleGroup,
  meeting: { readonly heldAt: string; readonly attendeeIds: readonly string[] },
  context: CommandContext,
): void {
  if (meeting.attendeeIds.length === 0) {
    throw new DomainError(DomainErrorCode.MeetingWithoutAttendees, { groupId: group.id });
  }
  if (isInFuture(meeting.heldAt, context.now)) {
    throw new DomainError(DomainErrorCode.MeetingInFuture, { heldAt: meeting.heldAt });
  }
  // A round registered afterwards had its prep outside this system, as its schedule says; otherwise prep is recorded.
  const prepAt = state.backRegistration ? state.schedule.prepSendAt : (state.prepSentAt ?? state.schedule.prepSendAt);
  if (isBefore(meeting.heldAt, prepAt)) {
    throw new DomainError(DomainErrorCode.MeetingBeforePrep, { heldAt: meeting.heldAt, prepSentAt: prepAt });
  }
  const members = new Set([group.facilitatorId, ...group.memberIds]);
  const strangers = meeting.attendeeIds.filter((id) => !members.has(id));
  if (strangers.length > 0) {
    throw new DomainError(DomainErrorCode.AttendeeNotInGroup, {
      personIds: strangers,
    });
  }
}

/** The record as it should read; once the summary is out (others have read the record), only with a reason. */
function amendMeetingRecord(command: AmendMeetingRecord, state: LaunchedCycle, context: CommandContext): CycleEvent[] {
  const group = groupInCycle(state, command.groupId);
  if (!group.meeting) {
    throw new DomainError(DomainErrorCode.MeetingNotRecorded, { groupId: group.id });
  }
  assertPlausibleMeeting(state, group, command, context);
  const { groupId, heldAt, attendeeIds, keyPoints, inputToChefgruppen, reason } = command;
  if (state.stage === 'summary_published' && reason === undefined) {
    throw new DomainError(DomainErrorCode.AmendmentNeedsReason, { groupId });
  }
  const data = { groupId, heldAt, attendeeIds, keyPoints, inputToChefgruppen };
  return [
    {
      type: 'MeetingRecordAmended',
      data: { ...data, ...(reason === undefined ? {} : { reason }), amendedBy: context.actorId, at: context.now },
    },
  ];
}

/** After prep and until every meeting is held; before prep the agenda is simply set again. */
function correctAgenda(command: CorrectAgenda, state: LaunchedCycle, context: CommandContext): CycleEvent[] {
  if (!isAtOrAfter(state.stage, 'prep_sent')) {
    throw new DomainError(DomainErrorCode.PrepNotSent);
  }
  if (state.stage !== 'prep_sent') {
    throw new DomainError(DomainErrorCode.MeetingsAlreadyHeld);
  }
  const { items, prepTasks, materials, changes, reason } = command;
  return [
    {
      type: 'AgendaCorrected',
      data: { items, prepTasks, materials, changes, reason, correctedBy: context.actorId, at: context.now },
    },
  ];
}

function cancelCycle(command: CancelCycle, context: CommandContext): CycleEvent[] {
  return [{ type: 'CycleCancelled', data: { reason: command.reason, cancelledBy: context.actorId, at: context.now } }];
}

function participantOf(state: LaunchedCycle, personId: string) {
  const participant = state.participants.get(personId);
  if (!participant) {
    throw new DomainError(DomainErrorCode.PersonNotInCycle, { personId });
  }
  if (participant.cascade) {
    throw new DomainError(DomainErrorCode.CascadeAlreadyConfirmed, {
      personId,
      confirmedAt: participant.cascade.confirmedAt,
    });
  }
  if (participant.released) {
    throw new DomainError(DomainErrorCode.CascadeReleased, { personId, releasedAt: participant.released.at });
  }
  return participant;
}

function confirmCascade(command: ConfirmCascade, state: LaunchedCycle, context: CommandContext): CycleEvent[] {
  participantOf(state, command.personId);
  if (state.stage === 'completed') {
    throw new DomainError(DomainErrorCode.CycleCompleted);
  }
  if (state.stage !== 'summary_published' || !state.summary) {
    throw new DomainError(DomainErrorCode.SummaryNotPublished);
  }
  assertPlausiblePassingOn(command.passedOnAt, state.summary.publishedAt, context);
  const { personId, passedOnAt, channel, note } = command;
  const confirmed: CycleEvent = {
    type: 'CascadeConfirmed',
    data: { personId, passedOnAt, channel, ...(note === undefined ? {} : { note }), confirmedAt: context.now },
  };
  return [confirmed, ...completion(state, 1, context)];
}

/**
 * A participant's reflection for their workplace: about the summary, so only once it is published; before or after
 * they confirmed, or were released, as they are still the workplace's leader.
 */
function writeReflection(command: WriteReflection, state: LaunchedCycle, context: CommandContext): CycleEvent[] {
  if (!state.participants.has(command.personId)) {
    throw new DomainError(DomainErrorCode.PersonNotInCycle, { personId: command.personId });
  }
  if (!state.summary) throw new DomainError(DomainErrorCode.SummaryNotPublished);
  const { personId, text } = command;
  return [{ type: 'ReflectionWritten', data: { personId, text, writtenAt: context.now } }];
}

/** Passed on as it could have been: after the summary was published, and not in the future. */
function assertPlausiblePassingOn(passedOnAt: string, publishedAt: string, context: CommandContext): void {
  if (isInFuture(passedOnAt, context.now)) {
    throw new DomainError(DomainErrorCode.CascadeInFuture, { passedOnAt });
  }
  if (isBefore(passedOnAt, publishedAt)) {
    throw new DomainError(DomainErrorCode.CascadeBeforeSummary, { passedOnAt, publishedAt });
  }
}

function releaseFromCascade(command: ReleaseFromCascade, state: LaunchedCycle, context: CommandContext): CycleEvent[] {
  participantOf(state, command.personId);
  const released: CycleEvent = {
    type: 'CascadeReleased',
    data: { personId: command.personId, reason: command.reason, releasedBy: context.actorId, at: context.now },
  };
  return [released, ...(state.stage === 'summary_published' ? completion(state, 1, context) : [])];
}

/*
 * Corrections of the cascade. A completed cycle (the last participant confirmed or was released, or chefgruppen closed
 * it) is refused before these are decided: what made it complete is not taken back, so a correction is possible only
 * while someone is still pending.
 */

function confirmedParticipant(state: LaunchedCycle, personId: string) {
  const participant = state.participants.get(personId);
  if (!participant) throw new DomainError(DomainErrorCode.PersonNotInCycle, { personId });
  if (!participant.cascade) throw new DomainError(DomainErrorCode.CascadeNotConfirmed, { personId });
  return participant;
}

function correctConfirmation(
  command: CorrectCascadeConfirmation,
  state: LaunchedCycle,
  context: CommandContext,
): CycleEvent[] {
  confirmedParticipant(state, command.personId);
  if (state.summary) assertPlausiblePassingOn(command.passedOnAt, state.summary.publishedAt, context);
  const { personId, passedOnAt, channel, note } = command;
  const corrected: CycleEvent = {
    type: 'CascadeConfirmationCorrected',
    data: { personId, passedOnAt, channel, ...(note === undefined ? {} : { note }), correctedAt: context.now },
  };
  return [corrected];
}

function withdrawConfirmation(
  command: WithdrawCascadeConfirmation,
  state: LaunchedCycle,
  context: CommandContext,
): CycleEvent[] {
  confirmedParticipant(state, command.personId);
  const { personId, reason } = command;
  return [{ type: 'CascadeConfirmationWithdrawn', data: { personId, reason, withdrawnAt: context.now } }];
}

function undoRelease(command: UndoRelease, state: LaunchedCycle, context: CommandContext): CycleEvent[] {
  const { personId, reason } = command;
  const participant = state.participants.get(personId);
  if (!participant) throw new DomainError(DomainErrorCode.PersonNotInCycle, { personId });
  if (!participant.released) throw new DomainError(DomainErrorCode.CascadeNotReleased, { personId });
  return [{ type: 'CascadeReleaseUndone', data: { personId, reason, undoneBy: context.actorId, at: context.now } }];
}

function changeSchedule(command: ChangeSchedule, state: LaunchedCycle, context: CommandContext): CycleEvent[] {
  const { prepSendAt, reminders, deadline } = command;
  if (prepSendAt === undefined && reminders === undefined && deadline === undefined) {
    throw new DomainError(DomainErrorCode.ScheduleInvalid, {}, DomainErrorRule.ScheduleEmpty);
  }
  if (prepSendAt !== undefined && isAtOrAfter(state.stage, 'prep_sent')) {
    throw new DomainError(DomainErrorCode.PrepAlreadySent);
  }
  if ((reminders !== undefined || deadline !== undefined) && state.notices.escalation !== undefined) {
    throw new DomainError(DomainErrorCode.ScheduleInvalid, {}, DomainErrorRule.ScheduleAfterEscalation);
  }
  const schedule = checkedSchedule({
    prepSendAt: prepSendAt ?? state.schedule.prepSendAt,
    reminders: reminders ?? state.schedule.reminders,
    deadline: deadline ?? state.schedule.deadline,
  });
  return [{ type: 'ScheduleChanged', data: { schedule, changedBy: context.actorId, at: context.now } }];
}

function closeCycle(command: CloseCycle, state: LaunchedCycle, context: CommandContext): CycleEvent[] {
  if (state.stage !== 'summary_published') {
    throw new DomainError(DomainErrorCode.SummaryNotPublished, {}, DomainErrorRule.CloseBeforeSummary);
  }
  const exceptionIds = pendingIds(state);
  return [
    { type: 'CycleClosed', data: { reason: command.reason, exceptionIds, closedBy: context.actorId, at: context.now } },
    { type: 'CycleCompleted', data: { at: context.now } },
  ];
}

function takeUpInput(command: TakeUpInput, state: LaunchedCycle, context: CommandContext): CycleEvent[] {
  const { fromCycleId, groupId, item, text } = command;
  if (fromCycleId === state.id) {
    throw new DomainError(DomainErrorCode.InputFromSameCycle, { fromCycleId });
  }
  if (state.takenUpInputs.includes(inputKey(fromCycleId, groupId, item))) {
    throw new DomainError(DomainErrorCode.InputAlreadyTakenUp, { fromCycleId, groupId, item });
  }
  return [{ type: 'InputTakenUp', data: { fromCycleId, groupId, item, text, by: context.actorId, at: context.now } }];
}

function recordNotifications(command: RecordNotifications, state: LaunchedCycle, context: CommandContext) {
  const { round, messages, completes } = command;
  if (isRoundDone(state.notices, round)) {
    throw new DomainError(DomainErrorCode.NoticeRoundAlreadyCompleted, { round });
  }
  const events: CycleEvent[] = messages.map((message) => ({ type: 'NotificationSent', data: { ...message, round } }));
  if (completes) {
    const { messageCount, unreachableIds } = completes;
    events.push({ type: 'NoticeRoundCompleted', data: { round, messageCount, unreachableIds, at: context.now } });
  }
  return events;
}

/** CycleCompleted when, with `more` participants done by this command, nobody is left to cascade. */
function completion(state: LaunchedCycle, more: number, context: CommandContext): CycleEvent[] {
  const done = state.confirmedCount + state.releasedCount + more;
  return done === state.participants.size ? [{ type: 'CycleCompleted', data: { at: context.now } }] : [];
}

function isAtOrAfter(stage: CycleStage, reference: CycleStage): boolean {
  return CYCLE_STAGES.indexOf(stage) >= CYCLE_STAGES.indexOf(reference);
}
