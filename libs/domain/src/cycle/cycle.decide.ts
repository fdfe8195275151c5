import { DomainError, DomainErrorCode } from '../shared/domain-error';
import type { CommandContext } from '../shared/domain-event';
import { own } from '../shared/own';
import type { ConfirmCascade, CycleCommand, LaunchCycle, RecordMeeting } from './cycle.commands';
import type { CycleEvent } from './cycle.events';
import type { CycleStage, CycleState, LaunchedCycle } from './cycle.types';
import { CYCLE_STAGES } from './cycle.types';

/** Decides what a command means for a cycle: the events to record, or a DomainError. Pure. */
export function decideCycle(command: CycleCommand, state: CycleState, context: CommandContext): CycleEvent[] {
  if (command.type === 'LaunchCycle') return launch(command, state, context);
  if (state.status !== 'launched') {
    throw new DomainError(
      DomainErrorCode.CycleNotLaunched,
      'Cyklussen er ikke startet / The cycle has not been launched',
    );
  }
  if (state.stage === 'completed' && command.type !== 'ConfirmCascade') {
    throw new DomainError(DomainErrorCode.CycleCompleted, 'Cyklussen er afsluttet / The cycle is completed');
  }
  const now = context.now;
  switch (command.type) {
    case 'SetAgenda': {
      if (isAtOrAfter(state.stage, 'prep_sent')) {
        throw new DomainError(
          DomainErrorCode.AgendaLocked,
          'Dagsordenen kan ikke ændres, når forberedelsen er sendt / The agenda cannot change after prep was sent',
        );
      }
      const { items, prepTasks, materials } = command;
      return [{ type: 'AgendaSet', data: { items, prepTasks, materials, setAt: now } }];
    }
    case 'SendPrep':
      if (state.stage === 'launched') {
        throw new DomainError(DomainErrorCode.AgendaNotSet, 'Dagsordenen er ikke sat / The agenda has not been set');
      }
      if (state.stage !== 'agenda_set') {
        throw new DomainError(
          DomainErrorCode.PrepAlreadySent,
          'Forberedelsen er allerede sendt / Prep was already sent',
        );
      }
      return [{ type: 'PrepSent', data: { recipientIds: Object.keys(state.participants), sentAt: now } }];
    case 'RecordMeeting':
      return recordMeeting(command, state, context);
    case 'PublishSummary':
      if (!isAtOrAfter(state.stage, 'meetings_held')) {
        throw new DomainError(
          DomainErrorCode.MeetingsNotHeld,
          'Ikke alle grupper har holdt møde / Not every group has held its meeting',
          { groupsWithoutMeeting: state.groups.filter((group) => !group.meeting).map((group) => group.id) },
        );
      }
      if (state.stage !== 'meetings_held') {
        throw new DomainError(
          DomainErrorCode.SummaryAlreadyPublished,
          'Opsamlingen er allerede offentliggjort / The summary was already published',
        );
      }
      return [{ type: 'SummaryPublished', data: { text: command.text, publishedAt: now } }];
    case 'ConfirmCascade':
      return confirmCascade(command, state, context);
  }
}

function launch(command: LaunchCycle, state: CycleState, context: CommandContext): CycleEvent[] {
  if (state.status === 'launched') {
    throw new DomainError(
      DomainErrorCode.CycleAlreadyLaunched,
      'Cyklussen er allerede startet / The cycle is already launched',
    );
  }
  if (command.groups.length === 0) {
    throw new DomainError(
      DomainErrorCode.CycleHasNoGroups,
      'En cyklus skal have mindst én gruppe / A cycle needs at least one group',
    );
  }
  const groupIds = command.groups.map((group) => group.id);
  if (new Set(groupIds).size !== groupIds.length) {
    throw new DomainError(DomainErrorCode.DuplicateGroup, 'En gruppe er med flere gange / A group is listed twice', {
      groupIds,
    });
  }
  const { cycleId, theme, meetingDate, groups } = command;
  return [
    {
      type: 'CycleLaunched',
      data: { cycleId, theme, meetingDate, groups, launchedBy: context.actorId, launchedAt: context.now },
    },
  ];
}

function recordMeeting(command: RecordMeeting, state: LaunchedCycle, context: CommandContext): CycleEvent[] {
  const group = state.groups.find((candidate) => candidate.id === command.groupId);
  if (!group) {
    throw new DomainError(
      DomainErrorCode.GroupNotInCycle,
      'Gruppen deltager ikke i cyklussen / The group is not in this cycle',
      {
        groupId: command.groupId,
      },
    );
  }
  if (!isAtOrAfter(state.stage, 'prep_sent')) {
    throw new DomainError(
      DomainErrorCode.PrepNotSent,
      'Forberedelsen er ikke sendt endnu / Prep has not been sent yet',
    );
  }
  if (group.meeting) {
    throw new DomainError(
      DomainErrorCode.MeetingAlreadyRecorded,
      'Mødet er allerede registreret / The meeting is already recorded',
      {
        groupId: group.id,
      },
    );
  }
  const members = new Set([group.facilitatorId, ...group.memberIds]);
  const strangers = command.attendeeIds.filter((id) => !members.has(id));
  if (strangers.length > 0) {
    throw new DomainError(
      DomainErrorCode.AttendeeNotInGroup,
      'Deltagere uden for gruppen / Attendees outside the group',
      {
        personIds: strangers,
      },
    );
  }
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

function confirmCascade(command: ConfirmCascade, state: LaunchedCycle, context: CommandContext): CycleEvent[] {
  const participant = own(state.participants, command.personId);
  if (!participant) {
    throw new DomainError(
      DomainErrorCode.PersonNotInCycle,
      'Personen deltager ikke i cyklussen / The person is not in this cycle',
      {
        personId: command.personId,
      },
    );
  }
  if (participant.cascade) {
    throw new DomainError(
      DomainErrorCode.CascadeAlreadyConfirmed,
      'Videreformidlingen er allerede bekræftet / The cascade is already confirmed',
      { personId: command.personId, confirmedAt: participant.cascade.confirmedAt },
    );
  }
  if (state.stage !== 'summary_published') {
    throw new DomainError(
      DomainErrorCode.SummaryNotPublished,
      'Opsamlingen er ikke offentliggjort endnu / The summary has not been published yet',
    );
  }
  const { personId, passedOnAt, channel, note } = command;
  const events: CycleEvent[] = [
    {
      type: 'CascadeConfirmed',
      data: { personId, passedOnAt, channel, ...(note === undefined ? {} : { note }), confirmedAt: context.now },
    },
  ];
  if (state.confirmedCount + 1 === Object.keys(state.participants).length) {
    events.push({ type: 'CycleCompleted', data: { at: context.now } });
  }
  return events;
}

function isAtOrAfter(stage: CycleStage, reference: CycleStage): boolean {
  return CYCLE_STAGES.indexOf(stage) >= CYCLE_STAGES.indexOf(reference);
}
