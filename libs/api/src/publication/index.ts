export { PublicationModule } from './publication.module';
export { PublicationService, type FeedTokenInfo } from './publication.service';
