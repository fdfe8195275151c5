import { NotFoundException } from '@nestjs/common';
import { message, refusal } from '@ledelsesrum/messages';

/** 404 for a cycle that was never launched. */
export function unknownCycle(cycleId: string): NotFoundException {
  return refusal(message('api.cycles.cycle.unknown', { cycleId }), (line) => new NotFoundException(line));
}
