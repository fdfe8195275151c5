import { ApiProperty } from '@nestjs/swagger';
import { documented } from '../../common/documented';

/** A new feed token, shown this once, and the feed's address with it. */
export class FeedTokenAnswerDto {
  @ApiProperty({ description: documented('api.docs.publication.feed-token.token'), pattern: '^[A-Za-z0-9_-]{43}$' })
  readonly token!: string;

  @ApiProperty({ description: documented('api.docs.publication.feed-token.feed-url'), format: 'uri' })
  readonly feedUrl!: string;
}
