export { PublicationModule } from './publication.module';
export { PublicationService, type FeedTokenInfo } from './publication.service';
export { feedAddress, STAFF_FEED_PATH } from './feed-token';
