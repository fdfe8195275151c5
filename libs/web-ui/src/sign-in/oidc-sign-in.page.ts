import { ROLES } from '@ledelsesrum/auth';
import { html, type Html } from '../common/html';
import { layout } from '../common/layout';
import type { PageContext } from '../common/page-context';
import { ROLE_NAMES } from '../common/roles-text';
import { say, type Text } from '../common/text';

/** Why signing in through the provider did not end in a session. */
export type SignInProblem =
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'refused'; readonly code: string }
  | { readonly kind: 'expired' }
  | { readonly kind: 'mismatch' }
  | { readonly kind: 'failed' }
  | { readonly kind: 'unavailable' }
  | { readonly kind: 'no-role'; readonly who: string };

interface Explanation {
  readonly title: Text;
  readonly what: Text;
  readonly next: Text;
}

const PROVIDER = { da: 'organisationens login', en: 'the organisation’s login' };

const EXPLANATIONS: Readonly<Record<Exclude<SignInProblem['kind'], 'refused' | 'no-role'>, Explanation>> = {
  cancelled: {
    title: { da: 'Login blev afbrudt', en: 'Sign-in was cancelled' },
    what: {
      da: `Du afbrød login hos ${PROVIDER.da}, eller det gav dig ikke lov til at bruge Ledelsesrum.`,
      en: `You cancelled signing in at ${PROVIDER.en}, or it did not let you use Ledelsesrum.`,
    },
    next: {
      da: 'Prøv igen. Bliver du afvist igen, så bed din it-afdeling om adgang til Ledelsesrum.',
      en: 'Try again. If you are refused again, ask your IT department for access to Ledelsesrum.',
    },
  },
  expired: {
    title: { da: 'Login-forsøget er udløbet', en: 'The sign-in attempt has expired' },
    what: {
      da: 'Der gik mere end 10 minutter, eller login blev startet i en anden browser.',
      en: 'More than 10 minutes passed, or the sign-in was started in another browser.',
    },
    next: { da: 'Start login forfra.', en: 'Start signing in again.' },
  },
  mismatch: {
    title: { da: 'Svaret passer ikke til dit login', en: 'The answer does not match your sign-in' },
    what: {
      da: 'Svaret fra login hører ikke til det login, du startede i denne browser. Det sker, hvis du har startet login i to faner, eller hvis du fulgte et link fra en anden.',
      en: 'The answer from the login does not belong to the sign-in you started in this browser. That happens if you started signing in in two tabs, or followed a link from someone else.',
    },
    next: { da: 'Luk de andre faner, og start login forfra.', en: 'Close the other tabs and start signing in again.' },
  },
  failed: {
    title: { da: 'Login kunne ikke gennemføres', en: 'Sign-in could not be completed' },
    what: {
      da: `Svaret fra ${PROVIDER.da} kunne ikke godkendes.`,
      en: `The answer from ${PROVIDER.en} could not be accepted.`,
    },
    next: {
      da: 'Start login forfra. Sker det igen, så kontakt din it-afdeling og sig, hvornår det skete.',
      en: 'Start signing in again. If it happens again, contact your IT department and say when it happened.',
    },
  },
  unavailable: {
    title: { da: 'Login svarer ikke lige nu', en: 'The login does not answer just now' },
    what: {
      da: `Ledelsesrum kunne ikke komme i kontakt med ${PROVIDER.da}.`,
      en: `Ledelsesrum could not reach ${PROVIDER.en}.`,
    },
    next: { da: 'Prøv igen om lidt.', en: 'Please try again in a moment.' },
  },
};

/** What went wrong, in plain words, and what the person can do about it; with a way to try again. */
export function signInProblemPage(context: PageContext, problem: SignInProblem, back: string): Html {
  const { language } = context;
  const explanation = explain(problem);
  const again = `/log-ind/oidc${back ? `?tilbage=${encodeURIComponent(back)}` : ''}`;
  return layout(context, {
    title: explanation.title,
    body: html`<p class="notice" role="alert">${say(language, explanation.what)}</p>
      <p>${say(language, explanation.next)}</p>
      <p class="actions">
        <a class="button" href="${again}">${say(language, { da: 'Log ind igen', en: 'Sign in again' })}</a>
        <a href="/log-ind">${say(language, { da: 'Til login-siden', en: 'To the sign-in page' })}</a>
      </p>`,
  });
}

function explain(problem: SignInProblem): Explanation {
  switch (problem.kind) {
    case 'refused': {
      // Anyone can put text in a link to the callback: only what looks like an OAuth error code is repeated.
      const code = /^[a-z0-9_.-]{1,64}$/i.test(problem.code) ? problem.code : '?';
      return {
        title: { da: 'Login lykkedes ikke', en: 'Sign-in did not succeed' },
        what: {
          da: `${capitalised(PROVIDER.da)} afviste login med fejlkoden ${code}.`,
          en: `${capitalised(PROVIDER.en)} refused the sign-in with the error code ${code}.`,
        },
        next: {
          da: 'Prøv igen om lidt. Sker det igen, så giv din it-afdeling fejlkoden.',
          en: 'Try again in a moment. If it happens again, give your IT department the error code.',
        },
      };
    }
    case 'no-role':
      return noRole(problem.who);
    default:
      return EXPLANATIONS[problem.kind];
  }
}

/** Signed in at the provider, but with none of our roles: only someone who hands out roles can help. */
function noRole(who: string): Explanation {
  const roles = (language: 'da' | 'en') =>
    ROLES.map((role) => say(language, ROLE_NAMES[role]).toLowerCase()).join(', ');
  return {
    title: { da: 'Du har ingen adgang til Ledelsesrum endnu', en: 'You do not have access to Ledelsesrum yet' },
    what: {
      da: `Du er logget ind hos ${PROVIDER.da} som ${who}, men du har ingen rolle i Ledelsesrum (${roles('da')}).`,
      en: `You are signed in at ${PROVIDER.en} as ${who}, but you have no role in Ledelsesrum (${roles('en')}).`,
    },
    next: {
      da: 'Bed din it-afdeling om at give dig en rolle i Ledelsesrum, og log så ind igen. Er du logget ind som en anden end dig selv, så log ud hos organisationens login først.',
      en: 'Ask your IT department to give you a role in Ledelsesrum, then sign in again. If you are signed in as someone other than yourself, sign out of the organisation’s login first.',
    },
  };
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
