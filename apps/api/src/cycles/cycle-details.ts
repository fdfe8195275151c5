// The details moved to the projections, so the auditors' replay shows a past cycle as GET /api/cycles/:id does.
export { toCycleDetails, type CycleDetails } from '@ledelsesrum/projections';
