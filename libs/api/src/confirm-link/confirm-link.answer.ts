import { ApiProperty } from '@nestjs/swagger';

/** Where the link's person stands: `not_yet` until the summary is published. */
export const CONFIRM_LINK_STATUSES = ['pending', 'confirmed', 'released', 'not_yet', 'closed'] as const;
export type ConfirmLinkStatus = (typeof CONFIRM_LINK_STATUSES)[number];

/** What a link holder may see: the cycle's theme and their own status, no names or e-mail addresses. */
export class ConfirmLinkAnswerDto {
  @ApiProperty() readonly cycleId!: string;
  @ApiProperty() readonly theme!: string;
  @ApiProperty() readonly personId!: string;
  @ApiProperty({ enum: CONFIRM_LINK_STATUSES }) readonly status!: ConfirmLinkStatus;
  @ApiProperty({ format: 'date-time' }) readonly expiresAt!: string;
}
