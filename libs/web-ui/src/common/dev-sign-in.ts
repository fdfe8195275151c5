import { isLoopback, type AppConfig } from '@ledelsesrum/config';

/** What the development sign-in (pick a person and a role) means for one request. */
export interface DevSignIn {
  /** Whether development tokens are on at all (the sign-in page then says where it works). */
  readonly on: boolean;
  /**
   * Whether this caller may use it. When it is on only by the loopback default, the caller's socket must be on this
   * machine as well: behind a proxy that is the proxy, which is intended, as the default is for a developer's machine.
   */
  readonly usable: boolean;
  /** Whether every page warns that anyone on the network may sign in as anyone (AUTH_DEV_TOKENS=true, open HOST). */
  readonly banner: boolean;
}

export const NO_DEV_SIGN_IN: DevSignIn = { on: false, usable: false, banner: false };

type DevSignInConfig = Pick<AppConfig, 'devTokens' | 'devTokensLoopbackOnly' | 'host'>;

function devSignInFor(config: DevSignInConfig, remoteAddress: string | undefined): DevSignIn {
  if (!config.devTokens) return NO_DEV_SIGN_IN;
  return {
    on: true,
    usable: !config.devTokensLoopbackOnly || isLoopback(remoteAddress),
    banner: !isLoopback(config.host),
  };
}

interface MarkedRequest {
  readonly socket?: { readonly remoteAddress?: string | undefined };
  devSignIn?: DevSignIn;
}

/** Marks every request with what the development sign-in means for it, before any page or error page is made. */
export function markDevSignIn(config: DevSignInConfig) {
  return (request: MarkedRequest, _response: unknown, next: () => void): void => {
    request.devSignIn = devSignInFor(config, request.socket?.remoteAddress);
    next();
  };
}
