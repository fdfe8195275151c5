import type { CompositionProposal, ConstraintReport } from '@ledelsesrum/domain';
import { bothLanguages, compositionReportText } from '@ledelsesrum/messages';

/** An unmet constraint as the API answers it: its message in both languages where the domain gives values. */
export interface ConstraintReportAnswer {
  readonly constraint: ConstraintReport['constraint'];
  readonly message: string;
  readonly groupIds?: string[];
  readonly personIds?: string[];
}

/** A group proposal as the API answers it. */
export interface CompositionProposalAnswer extends Omit<CompositionProposal, 'unmet'> {
  readonly unmet: ConstraintReportAnswer[];
}

/** The proposal with each unmet constraint worded, `dansk / English`, in the order the answer has always had. */
export function proposalAnswer(proposal: CompositionProposal): CompositionProposalAnswer {
  return {
    ...proposal,
    unmet: proposal.unmet.map((report) => {
      const { constraint, params: _params, ...where } = report;
      return { constraint, message: bothLanguages(compositionReportText(report)), ...where };
    }),
  };
}
