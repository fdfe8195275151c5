export { ConfirmLinkModule } from './confirm-link.module';
export { ConfirmLinkService, REVOKED_CODE, type ConfirmLinkView } from './confirm-link.service';
