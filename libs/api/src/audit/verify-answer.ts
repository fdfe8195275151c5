import type { ChainBreak, VerifyResult } from '@ledelsesrum/audit';
import { bothLanguages, chainFindingText } from '@ledelsesrum/messages';

/** The first broken link as the API answers it: what was found in one line, `dansk / English`. */
export interface ChainBreakAnswer extends Omit<ChainBreak, 'finding'> {
  readonly detail: string;
}

export type VerifyAnswer =
  | Extract<VerifyResult, { intact: true }>
  | (Omit<Extract<VerifyResult, { intact: false }>, 'break'> & { readonly break: ChainBreakAnswer });

/** The check's result with its finding worded, in the fields and order the answer has always had. */
export function verifyAnswer(result: VerifyResult): VerifyAnswer {
  if (result.intact) return result;
  const { finding, ...where } = result.break;
  return { ...result, break: { ...where, detail: bothLanguages(chainFindingText(finding)) } };
}
