import { message } from '@ledelsesrum/messages';
import { html, type Html } from '../common/html';
import { layout } from '../common/layout';
import type { PageContext } from '../common/page-context';
import { say, type Text } from '../common/text';

/** Why signing in through the provider did not end in a session. */
export type SignInProblem =
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'refused'; readonly code: string }
  | { readonly kind: 'expired' }
  | { readonly kind: 'mismatch' }
  | { readonly kind: 'failed' }
  | { readonly kind: 'unavailable' };

interface Explanation {
  readonly title: Text;
  readonly what: Text;
  readonly next: Text;
}

type FixedProblem = Exclude<SignInProblem['kind'], 'refused'>;

function fixed(kind: FixedProblem): Explanation {
  return {
    title: message(`web.sign-in.problem.${kind}.title`),
    what: message(`web.sign-in.problem.${kind}.what`),
    next: message(`web.sign-in.problem.${kind}.next`),
  };
}

/** What went wrong, in plain words, and what the person can do about it; with a way to try again. */
export function signInProblemPage(context: PageContext, problem: SignInProblem, back: string): Html {
  const { language } = context;
  const explanation = explain(problem);
  const again = `/log-ind/oidc${back ? `?tilbage=${encodeURIComponent(back)}` : ''}`;
  return layout(context, {
    title: explanation.title,
    body: html`<p class="alert alert-info notice" role="alert">${say(language, explanation.what)}</p>
      <p>${say(language, explanation.next)}</p>
      <p class="actions">
        <a class="button button-primary" href="${again}">${say(language, message('web.sign-in.problem.again'))}</a>
        <a href="/log-ind">${say(language, message('web.sign-in.problem.to-sign-in'))}</a>
      </p>`,
  });
}

function explain(problem: SignInProblem): Explanation {
  switch (problem.kind) {
    case 'refused': {
      // Anyone can put text in a link to the callback: only what looks like an OAuth error code is repeated.
      const code = /^[a-z0-9_.-]{1,64}$/i.test(problem.code) ? problem.code : '?';
      return {
        title: message('web.sign-in.problem.refused.title'),
        what: message('web.sign-in.problem.refused.what', { code }),
        next: message('web.sign-in.problem.refused.next'),
      };
    }
    default:
      return fixed(problem.kind);
  }
}
