// The words people read, Danish first with English beside it: the one bilingual text type and the message catalogue.
export * from './bilingual';
export * from './catalogue';
export * from './domain-errors.texts';
export type { Texts, Wording } from './wording';
