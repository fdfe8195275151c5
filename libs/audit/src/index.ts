// What auditors use: the hash chain's verification, replay with a timeline, export, and progress for long runs.
export * from './progress';
export * from './verify';
// The canonical form and the two hashes live with the store that computes them; auditors find them here too.
export { canonicalJson, chainHash, eventHash, eventHashInput, sha256Hex } from '@ledelsesrum/event-store';
export * from './export';
export * from './replay';
export * from './migrate';
