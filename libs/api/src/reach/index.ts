export { ReachModule } from './reach.module';
export { ReachService } from './reach.service';
export { WORKPLACE_LINKS } from './workplace-links.provider';
