export type { ChainFinding, ChainFindingId, ChainFindingParams } from './chain-finding';
export { checkChainHead, verifyStore } from './verify-store';
export type {
  ChainBreak,
  ChainBreakKind,
  ChainHead,
  HeadCheck,
  ReadPage,
  VerifyOptions,
  VerifyResult,
  VerifySource,
} from './verify-types';
