import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { WebSession } from '@ledelsesrum/auth';
import { isLanguage } from '@ledelsesrum/domain';
import type { Actor } from '@ledelsesrum/api/auth';
import { LANGUAGE_COOKIE, readCookies } from './cookies';
import type { Language } from './text';
import { NO_DEV_SIGN_IN, type DevSignIn } from './dev-sign-in';
import type { FormFlash } from './form-flash';

/** What every page needs to know about its request: the reader's language, who is signed in, and where we are. */
export interface PageContext {
  readonly language: Language;
  /** Whether the reader chose the language in the page (the cookie is set), rather than getting Danish by default. */
  readonly languageChosen: boolean;
  /** Undefined on the public pages (sign-in, accessibility statement) when nobody is signed in. */
  readonly session: WebSession | undefined;
  /** The signed-in person and this request, as commands record them; set with `session`. */
  readonly actor: Actor | undefined;
  /** The path and query of this page, to come back to (after switching language, or signing in). */
  readonly path: string;
  /** The development sign-in for this request: whether the reader may use it, and whether every page warns of it. */
  readonly devSignIn: DevSignIn;
  /** A refused form redirected here: what was typed, its errors, and any conflict (see WebPageInterceptor). */
  readonly shown?: FormFlash;
}

export interface WebRequest {
  readonly headers: Record<string, string | string[] | undefined>;
  readonly originalUrl?: string;
  readonly url: string;
  readonly method: string;
  body?: unknown;
  /** Set by WebSessionGuard on a web page from the session cookie. */
  webSession?: WebSession;
  /** Set by WebSessionGuard with `webSession`. */
  principal?: Actor;
  /** Set by markDevSignIn (configureApp) on every request. */
  devSignIn?: DevSignIn;
  /** Set by WebPageInterceptor on a page a refused form redirected to. */
  formFlash?: FormFlash;
}

export function pageContextOf(request: WebRequest): PageContext {
  const language = readCookies(request.headers['cookie'])[LANGUAGE_COOKIE];
  return {
    language: isLanguage(language) ? language : 'da',
    languageChosen: isLanguage(language),
    session: request.webSession,
    actor: request.principal,
    path: request.originalUrl ?? request.url,
    // Unmarked (a request that bypassed configureApp's middleware) means: no development sign-in.
    devSignIn: request.devSignIn ?? NO_DEV_SIGN_IN,
    ...(request.formFlash ? { shown: request.formFlash } : {}),
  };
}

/** The page's context, as a handler parameter. */
export const Page = createParamDecorator((_data: unknown, context: ExecutionContext): PageContext =>
  pageContextOf(context.switchToHttp().getRequest<WebRequest>()),
);
