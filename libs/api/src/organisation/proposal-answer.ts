import type { CompositionProposal } from '@ledelsesrum/domain';
import { bothLanguages, compositionReportText } from '@ledelsesrum/messages';
import type { CompositionProposalAnswerDto } from './dto/proposal.answer';

/** The proposal with each unmet constraint worded, `dansk / English`, in the order the answer has always had. */
export function proposalAnswer(proposal: CompositionProposal): CompositionProposalAnswerDto {
  return {
    ...proposal,
    unmet: proposal.unmet.map((report) => {
      const { constraint, params: _params, ...where } = report;
      return { constraint, message: bothLanguages(compositionReportText(report)), ...where };
    }),
  };
}
