// The notification port, its adapters (outbox folder, SMTP), the calendar invitation and the messages.
export * from './notification.port';
export { messageIdFor, messageKey } from './message-id';
export { OutboxSender } from './outbox/outbox-sender';
export { SmtpSender } from './smtp/smtp-sender';
export * from './smtp/sent-log';
export { PostgresSentLog } from './smtp/postgres-sent-log';
export { openSentLog } from './smtp/open-sent-log';
export { meetingInvitation, type MeetingInvitationInput } from './calendar/meeting-invitation';
export type { PersonRecipient, Contact, Language } from './messages/format';
export * from './messages/prep-package';
export * from './messages/summary-published';
export * from './messages/cascade-request';
export * from './messages/escalation';
export * from './messages/status-report';
export * from './messages/agenda-errata';
export * from './messages/cycle-cancelled';
export * from './messages/staff-summary';
