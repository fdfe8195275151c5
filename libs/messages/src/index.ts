// The words people read, Danish first with English beside it: the one bilingual text type and the message catalogue.
export * from './bilingual';
export * from './domain-error-texts';
