export { PublicationModule } from './publication.module';
export { PublicationService, type DistributionListsInForce, type FeedTokenInfo } from './publication.service';
export { DistributionListsDto } from './dto/distribution-lists.dto';
export { feedAddress, STAFF_FEED_PATH } from './feed-token';
