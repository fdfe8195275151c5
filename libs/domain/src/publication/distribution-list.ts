/**
 * A mailbox the organisation reads (a distribution list) that gets each published summary: all staff, or the staff of
 * one area of the organisation. It is a shared address, not a person, so it is stored as it is.
 */
export interface DistributionList {
  /** What chefgruppen calls the list; unique among the lists, whatever the case. */
  readonly name: string;
  readonly address: string;
  /** The area whose staff read the list; absent for all staff. */
  readonly areaId?: string;
}

/** An address as a mail server accepts it: one `@`, no spaces, a dot in the domain. */
const MAIL_ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isMailAddress(value: string): boolean {
  return MAIL_ADDRESS.test(value);
}
