import type { Decider } from '../shared/decider';
import type { CycleCommand } from './cycle.commands';
import { decideCycle } from './cycle.decide';
import type { CycleEvent } from './cycle.events';
import { evolveCycle } from './cycle.evolve';
import { initialCycleState, type CycleState } from './cycle.types';

/** A meeting cycle's rules, as the one object the application layer, the read models and the audit tools share. */
export const cycleDecider: Decider<CycleCommand, CycleEvent, CycleState> = {
  decide: decideCycle,
  evolve: evolveCycle,
  initialState: initialCycleState,
};
