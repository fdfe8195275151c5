import { copenhagenTime } from '@ledelsesrum/domain';
import { formatTimelineLine, type StreamReplay } from '@ledelsesrum/audit';
import type { CycleDetails, OrganisationById } from '@ledelsesrum/projections';

/** Lists longer than this are cut in the text; `--json` has them whole. */
const IDS_SHOWN = 20;

function ids(list: readonly string[]): string {
  if (list.length === 0) return '-';
  const more = list.length - IDS_SHOWN;
  return `${list.slice(0, IDS_SHOWN).join(', ')}${more > 0 ? ` … (+${more}, se / see --json)` : ''}`;
}

/** Which point the replay shows, in both languages. */
function point(replay: StreamReplay<unknown>): string {
  const of = `${replay.revision} af ${replay.latestRevision} / ${replay.revision} of ${replay.latestRevision}`;
  if ('revision' in replay.until) return `Ved revision / At revision ${of}`;
  return `Den / As at ${copenhagenTime(replay.until.at)} (København / Copenhagen): revision ${of}`;
}

function timeline(replay: StreamReplay<unknown>): string[] {
  const count = replay.timeline.length;
  return [
    `Tidslinje / Timeline (${count} ${count === 1 ? 'hændelse / event' : 'hændelser / events'}):`,
    ...replay.timeline.map(formatTimelineLine),
  ];
}

export function cycleReplayText(replay: StreamReplay<CycleDetails>, cycleId: string): string {
  const state = replay.state;
  const lines = [`Møderunde / Meeting round ${cycleId}`, point(replay)];
  if (state === null) {
    lines.push('Ikke startet endnu / Not launched yet');
  } else {
    const { cascades, schedule, notices } = state;
    lines.push(
      `Tema / Theme: ${state.theme}; møde / meeting ${state.meetingDate} ${state.meeting.startTime}`,
      `Fase / Stage: ${state.stage}`,
      'Grupper / Groups:',
      ...state.groups.map(
        (group) => `  ${group.id}: ${group.meetingHeld ? 'møde holdt / meeting held' : 'ikke holdt / not held'}`,
      ),
      `Videreformidling / Cascades: ${cascades.confirmed} af / of ${cascades.total} bekræftet / confirmed`,
      `  Afventer / Pending: ${ids(cascades.pending)}`,
      `  Fritaget / Released: ${ids(cascades.released)}`,
      `Tidsplan / Schedule: forberedelse / prep ${copenhagenTime(schedule.prepSendAt)}; ` +
        `påmindelser / reminders ${schedule.reminders.join(', ') || '-'}; frist / deadline ${schedule.deadline}`,
      `Udsendelser / Notices: forberedelse / prep ${when(notices.prep)}; opsamling / summary ${when(notices.summary)}; ` +
        `påmindelser / reminders ${notices.reminders}; eskalering / escalation ${when(notices.escalation)}; ` +
        `statusrapport / status report ${when(notices.statusReport)}`,
      ...(state.closed
        ? [
            `Lukket / Closed ${copenhagenTime(state.closed.at)}; undtagelser / exceptions ${ids(state.closed.exceptionIds)}`,
          ]
        : []),
    );
  }
  return [...lines, '', ...timeline(replay)].join('\n');
}

export function organisationReplayText(replay: StreamReplay<OrganisationById>): string {
  const state = replay.state;
  const lines = ['Organisation', point(replay)];
  if (state === null) {
    lines.push('Tom / Empty');
  } else {
    const active = state.people.filter((person) => person.leftAt === undefined);
    lines.push(
      `Områder / Areas: ${ids(state.areas.map((area) => area.id))}`,
      `Personer / People: ${active.length} (fratrådt / left: ${state.people.length - active.length})`,
      ...active.map((person) => `  ${person.id}: ${person.level}, ${person.areaId}`),
      'Grupper / Groups:',
      ...state.groups.map(
        (group) => `  ${group.id}: facilitator ${group.facilitatorId}; medlemmer / members ${ids(group.memberIds)}`,
      ),
    );
  }
  return [...lines, '', ...timeline(replay)].join('\n');
}

function when(instant: string | undefined): string {
  return instant === undefined ? '-' : copenhagenTime(instant);
}
