import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class TakenUpInDto {
  @ApiProperty() readonly cycleId!: string;
  @ApiProperty() readonly theme!: string;
  @ApiProperty({ format: 'date-time' }) readonly at!: string;
}

export class TakenUpItemDto {
  @ApiProperty({ type: 'integer', minimum: 0 }) readonly item!: number;
  @ApiProperty({ type: [TakenUpInDto] }) readonly takenUpIn!: readonly TakenUpInDto[];
}

/** One group's input to chefgruppen from its meeting, and where later cycles took items up. */
export class GroupInputAnswerDto {
  @ApiProperty() readonly groupId!: string;
  @ApiProperty() readonly facilitatorId!: string;
  @ApiProperty({ format: 'date-time' }) readonly heldAt!: string;
  @ApiProperty({ type: [String] }) readonly items!: readonly string[];
  @ApiPropertyOptional({ type: [TakenUpItemDto] }) readonly takenUp?: readonly TakenUpItemDto[];
}
