/** Replaces the staff feed's token with the one whose SHA-256 hash (64 hexadecimal digits) this is. */
export interface RotateStaffFeedToken {
  readonly type: 'RotateStaffFeedToken';
  readonly tokenHash: string;
}

export type PublicationCommand = RotateStaffFeedToken;
