export * from './cycle-workflow.contract';
export * from './cycle-activities.contract';
