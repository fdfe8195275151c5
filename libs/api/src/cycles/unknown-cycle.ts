import { NotFoundException } from '@nestjs/common';
import { bothLanguages, message } from '@ledelsesrum/messages';

/** 404 for a cycle that was never launched. */
export function unknownCycle(cycleId: string): NotFoundException {
  return new NotFoundException(bothLanguages(message('api.cycles.cycle.unknown', { cycleId })));
}
