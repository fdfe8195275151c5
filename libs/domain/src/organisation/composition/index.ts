export * from './composition.types';
export { composeGroups } from './compose-groups';
export { scoreGroups, spreadDeviations, type SpreadDeviation } from './composition-score';
