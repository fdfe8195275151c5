import { parseArgs } from '../parse-args';
import { answered, apiClient } from '../api-client';
import { allow } from './organisation.commands';

export const CYCLE_USAGE = `  schedule <møderunde-id/meeting-round-id> [--prep-send-at <ISO>] [--reminders P7D,P12D|ingen] [--deadline P14D]
      Ændr tidsplanen / Change the schedule
  close <møderunde-id/meeting-round-id> --reason <tekst/text>
      Luk møderunden; de manglende bliver undtagelser / Close the meeting round, the missing as exceptions
  take-up <møderunde-id/meeting-round-id> --from <tidligere-id/earlier-id> --group <group-id> --item <n>
      Tag punkt n (fra 0) af gruppens input fra en tidligere møderunde op / Take up item n (from 0) of the group's
      input in an earlier meeting round`;

export const CYCLE_COMMANDS = ['schedule', 'close', 'take-up'];

/**
 * Steering a running cycle. The cycle comes first, as a word of its own (`close <cycle-id> --reason …`); the rest
 * are flags. Each command is one API call, so the API's rules and access checks apply unchanged.
 */
export async function cycleCommand(command: string, args: readonly string[]): Promise<unknown> {
  const [cycleId, ...rest] = args;
  if (cycleId === undefined || cycleId.startsWith('--')) {
    throw new Error(`${command}: møderundens id mangler / the meeting round's id is missing\n\n${CYCLE_USAGE}`);
  }
  const { flags } = parseArgs([command, ...rest]);
  const one = (name: string): string => {
    const value = flags.get(name)?.[0];
    if (!value) throw new Error(`--${name} mangler / --${name} is missing`);
    return value;
  };
  const cycle = { params: { path: { id: cycleId } } };
  switch (command) {
    case 'schedule': {
      allow(flags, ['prep-send-at', 'reminders', 'deadline']);
      const body = {
        ...(flags.has('prep-send-at') ? { prepSendAt: one('prep-send-at') } : {}),
        ...(flags.has('reminders') ? { reminders: reminders(flags.get('reminders')![0]!) } : {}),
        ...(flags.has('deadline') ? { deadline: one('deadline') } : {}),
      };
      if (Object.keys(body).length === 0) {
        throw new Error(
          'Angiv mindst én af --prep-send-at, --reminders, --deadline / Give at least one of --prep-send-at, --reminders, --deadline',
        );
      }
      return answered((await apiClient(flags)).PATCH('/api/cycles/{id}/schedule', { ...cycle, body }));
    }
    case 'close':
      allow(flags, ['reason']);
      return answered(
        (await apiClient(flags)).POST('/api/cycles/{id}/close', { ...cycle, body: { reason: one('reason') } }),
      );
    case 'take-up': {
      allow(flags, ['from', 'group', 'item']);
      const item = one('item');
      if (!/^\d+$/.test(item)) throw new Error('--item: et tal fra 0 / a number from 0');
      const body = { fromCycleId: one('from'), groupId: one('group'), item: Number(item) };
      return answered((await apiClient(flags)).POST('/api/cycles/{id}/taken-up-input', { ...cycle, body }));
    }
    default:
      throw new Error(`Ukendt kommando / Unknown command: ${command}`);
  }
}

/** `P7D,P12D` as a list; `ingen`/`none` (or nothing) is no reminders at all. */
function reminders(text: string): string[] {
  if (['', 'ingen', 'none'].includes(text.trim())) return [];
  return text.split(',').map((part) => part.trim());
}
