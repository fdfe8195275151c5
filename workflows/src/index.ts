// Entry point of the workflow bundle: every workflow the worker runs is exported here.
export { cycleWorkflow } from './cycle/cycle.workflow';
