import { assertNever } from '../shared/assert-never';
import { ShardedMap } from '../shared/sharded-map';
import type { CycleEvent, NoticeRoundCompleted } from './cycle.events';
import { NO_NOTICES, errataNumber, reminderNumber, type NoticeProgress } from './cycle.notices';
import { DEFAULT_MEETING, resolveSchedule } from './cycle.schedule';
import type { CycleGroup, CycleState, LaunchedCycle, Participant } from './cycle.types';
import { inputKey } from './cycle.types';

/** Folds one event into the state. The workflow, the API's read side and the auditor's replay all use this. */
export function evolveCycle(state: CycleState, event: CycleEvent): CycleState {
  if (event.type === 'CycleLaunched') {
    const { cycleId, theme, meetingDate, groups, launchedAt, launchedBy } = event.data;
    return {
      status: 'launched',
      id: cycleId,
      theme,
      meetingDate,
      meeting: event.data.meeting ?? DEFAULT_MEETING,
      schedule: event.data.schedule ?? resolveSchedule(meetingDate),
      notices: NO_NOTICES,
      notifiedAnyone: false,
      takenUpInputs: [],
      stage: 'launched',
      launchedAt,
      launchedBy,
      ...(event.data.backRegistration ? { backRegistration: true as const } : {}),
      groups,
      participants: participantsOf(groups),
      confirmedCount: 0,
      releasedCount: 0,
    };
  }
  if (state.status !== 'launched') return state;
  return evolveLaunched(state, event);
}

function evolveLaunched(state: LaunchedCycle, event: Exclude<CycleEvent, { type: 'CycleLaunched' }>): LaunchedCycle {
  switch (event.type) {
    case 'AgendaSet': {
      const { items, prepTasks, materials } = event.data;
      return { ...state, stage: 'agenda_set', agenda: { items, prepTasks, materials } };
    }
    case 'PrepSent':
      return { ...state, stage: 'prep_sent', prepSentAt: event.data.sentAt };
    case 'MeetingRecorded': {
      const { groupId, heldAt, recordedBy } = event.data;
      const meeting = { heldAt, recordedBy };
      return { ...state, groups: state.groups.map((group) => (group.id === groupId ? { ...group, meeting } : group)) };
    }
    case 'MeetingsHeld':
      return { ...state, stage: 'meetings_held' };
    case 'SummaryPublished':
      return { ...state, stage: 'summary_published', summary: event.data };
    case 'CascadeConfirmed': {
      const { personId, passedOnAt, confirmedAt } = event.data;
      const cascade = { passedOnAt, confirmedAt };
      const participant = state.participants.get(personId);
      if (!participant || participant.cascade || participant.released) return state;
      return {
        ...state,
        participants: state.participants.set(personId, { ...participant, cascade }),
        confirmedCount: state.confirmedCount + 1,
      };
    }
    case 'CascadeReleased': {
      const { personId, at } = event.data;
      const participant = state.participants.get(personId);
      if (!participant || participant.cascade || participant.released) return state;
      return {
        ...state,
        participants: state.participants.set(personId, { ...participant, released: { at } }),
        releasedCount: state.releasedCount + 1,
      };
    }
    case 'CascadeConfirmationCorrected': {
      const { personId, passedOnAt } = event.data;
      const participant = state.participants.get(personId);
      if (!participant?.cascade) return state;
      const cascade = { ...participant.cascade, passedOnAt };
      return { ...state, participants: state.participants.set(personId, { ...participant, cascade }) };
    }
    case 'CascadeConfirmationWithdrawn': {
      const participant = state.participants.get(event.data.personId);
      if (!participant?.cascade) return state;
      const { cascade: _withdrawn, ...pending } = participant;
      return {
        ...state,
        participants: state.participants.set(participant.personId, pending),
        confirmedCount: state.confirmedCount - 1,
      };
    }
    case 'CascadeReleaseUndone': {
      const participant = state.participants.get(event.data.personId);
      if (!participant?.released) return state;
      const { released: _undone, ...pending } = participant;
      return {
        ...state,
        participants: state.participants.set(participant.personId, pending),
        releasedCount: state.releasedCount - 1,
      };
    }
    case 'ScheduleChanged':
      return { ...state, schedule: event.data.schedule };
    case 'CycleClosed': {
      const { reason, exceptionIds, at } = event.data;
      return { ...state, closed: { reason, exceptionIds, at } };
    }
    case 'InputTakenUp': {
      const { fromCycleId, groupId, item } = event.data;
      return { ...state, takenUpInputs: [...state.takenUpInputs, inputKey(fromCycleId, groupId, item)] };
    }
    case 'NotificationSent':
      return state.notifiedAnyone || event.data.recipientIds.length === 0 ? state : { ...state, notifiedAnyone: true };
    case 'NoticeRoundCompleted':
      return { ...state, notices: withRoundDone(state.notices, event) };
    case 'CycleCompleted':
      return { ...state, stage: 'completed', completedAt: event.data.at };
    case 'MeetingRecordAmended': {
      const { groupId, heldAt, amendedBy, at } = event.data;
      const amend = (group: CycleGroup): CycleGroup =>
        group.id === groupId && group.meeting
          ? { ...group, meeting: { ...group.meeting, heldAt, amendedAt: at, amendedBy } }
          : group;
      return { ...state, groups: state.groups.map(amend) };
    }
    case 'AgendaCorrected': {
      const { items, prepTasks, materials, changes, reason, at } = event.data;
      const number = (state.agendaCorrection?.number ?? 0) + 1;
      return { ...state, agenda: { items, prepTasks, materials }, agendaCorrection: { number, changes, reason, at } };
    }
    case 'CycleCancelled': {
      const { reason, at } = event.data;
      return { ...state, stage: 'cancelled', cancelled: { reason, at } };
    }
    case 'ReflectionWritten':
      // The reflection is the leader's words for their staff: nothing a decision needs, so it stays in the events.
      return state;
    default:
      return assertNever(event);
  }
}

function withRoundDone(notices: NoticeProgress, event: NoticeRoundCompleted): NoticeProgress {
  const { round, at } = event.data;
  const reminder = reminderNumber(round);
  if (reminder !== undefined) return { ...notices, reminders: Math.max(notices.reminders, reminder) };
  const errata = errataNumber(round);
  if (errata !== undefined) return { ...notices, errata: Math.max(notices.errata ?? 0, errata) };
  if (round === 'status-report') return { ...notices, statusReport: at };
  return { ...notices, [round]: at };
}

function participantsOf(groups: LaunchedCycle['groups']): ShardedMap<Participant> {
  const groupIdsByPerson = new Map<string, string[]>();
  for (const group of groups) {
    for (const personId of new Set([group.facilitatorId, ...group.memberIds])) {
      groupIdsByPerson.set(personId, [...(groupIdsByPerson.get(personId) ?? []), group.id]);
    }
  }
  return ShardedMap.from([...groupIdsByPerson].map(([personId, groupIds]) => [personId, { personId, groupIds }]));
}

export function foldCycle(events: readonly CycleEvent[], state: CycleState = { status: 'not_launched' }): CycleState {
  return events.reduce(evolveCycle, state);
}
