import { messageKey } from '../message-id';
import type { OutgoingMessage } from '../notification.port';
import { formatWeekdayDate } from '@ledelsesrum/domain';
import { bullets, type Contact, message } from './format';

export interface StatusReportInput {
  readonly cycleId: string;
  readonly theme: string;
  readonly total: number;
  readonly confirmed: number;
  readonly pending: readonly { readonly name: string; readonly group: string }[];
  readonly recipients: readonly Contact[];
  /** ISO instant or `YYYY-MM-DD`; when given, the report says "as of" that date. */
  readonly asOf?: string;
}

/** The cascade status for chefgruppen: how many confirmed, and who is still pending, by group. */
export function statusReport(input: StatusReportInput): OutgoingMessage {
  const { theme, total, confirmed } = input;
  const percent = total === 0 ? 100 : Math.round((confirmed / total) * 100);
  const list = bullets(
    input.pending.map((person) => `${person.name} (${person.group})`),
    '-',
  );
  const asOfDa = input.asOf ? ` pr. ${formatWeekdayDate('da', input.asOf)}` : '';
  const asOfEn = input.asOf ? ` as of ${formatWeekdayDate('en', input.asOf)}` : '';
  const da = {
    subject: `Status for videreformidling: ${theme}`,
    body:
      `Status${asOfDa}: ${confirmed} af ${total} ledere (${percent} %) har bekræftet videreformidlingen.\n\n` +
      `Mangler (${input.pending.length}):\n${list}`,
  };
  const en = {
    subject: `Cascade status: ${theme}`,
    body:
      `Status${asOfEn}: ${confirmed} of ${total} leaders (${percent}%) have confirmed the cascade.\n\n` +
      `Pending (${input.pending.length}):\n${list}`,
  };
  return message(messageKey('status-report', input.cycleId), input.recipients, da, en);
}
