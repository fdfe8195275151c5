import {
  allowInsecureRequests,
  ClientError,
  ClientSecretBasic,
  ClientSecretPost,
  clockTolerance,
  Configuration,
  discovery,
  enableNonRepudiationChecks,
  None,
  type ClientAuth,
  type ServerMetadata,
} from 'openid-client';
import { discoveryUrl, onLoopback } from './oidc-discovery';
import { IdentityProviderUnavailableError } from './token-verifier';

export interface SignInClient {
  readonly issuer: string;
  readonly clientId: string;
  /** Undefined: a public client, which proves itself by the PKCE code verifier (or the refresh token) alone. */
  readonly clientSecret: string | undefined;
  readonly clockToleranceSeconds: number;
  readonly timeoutMs: number;
}

/**
 * The web interface as openid-client's relying party of the provider: its discovery document (which must name exactly
 * the issuer it was fetched for), the client's authentication at the token endpoint, and ID tokens checked against
 * the provider's published keys too, not only by the TLS connection they came over. Every failure here is the
 * provider's or the configuration's, never the person's, hence IdentityProviderUnavailableError.
 */
export async function discoverSignInClient(client: SignInClient): Promise<Configuration> {
  const server = new URL(client.issuer);
  // Codes, tokens and the client secret travel in the clear only to this machine (tests, development).
  const insecure = server.protocol === 'http:' && onLoopback(server);
  const timeout = Math.max(1, Math.ceil(client.timeoutMs / 1000));
  let discovered: Configuration;
  try {
    discovered = await discovery(server, client.clientId, undefined, None(), {
      timeout,
      ...(insecure ? { execute: [allowInsecureRequests] } : {}),
    });
  } catch (error) {
    const stated = statedIssuer(error);
    throw new IdentityProviderUnavailableError(
      stated !== undefined
        ? issuerMismatch(stated, client.issuer)
        : `Login-udbyderens discovery-dokument kunne ikke hentes / The sign-in provider's discovery document could ` +
            `not be fetched: ${discoveryUrl(client.issuer)}: ${reason(error)}`,
    );
  }
  const metadata = discovered.serverMetadata();
  // Discovery §4.3 asks for the very string; openid-client compares them as URLs, which lets a trailing `/` pass.
  if (metadata.issuer !== client.issuer) {
    throw new IdentityProviderUnavailableError(issuerMismatch(metadata.issuer, client.issuer));
  }
  // A provider that says which PKCE methods it knows must know S256; one that says nothing (Entra ID) still does.
  const challenges = metadata.code_challenge_methods_supported;
  if (Array.isArray(challenges) && !challenges.includes('S256')) {
    throw new IdentityProviderUnavailableError(
      `Udbyderen understøtter ikke PKCE S256 / The provider does not support PKCE S256: ${discoveryUrl(client.issuer)}`,
    );
  }
  const configuration = new Configuration(
    metadata,
    client.clientId,
    { [clockTolerance]: client.clockToleranceSeconds },
    authentication(metadata, client.clientSecret),
  );
  configuration.timeout = timeout;
  if (insecure) allowInsecureRequests(configuration);
  enableNonRepudiationChecks(configuration);
  return configuration;
}

/** HTTP Basic if the provider takes it (the spec's default), else the secret in the body. */
function authentication(metadata: ServerMetadata, clientSecret: string | undefined): ClientAuth {
  if (clientSecret === undefined) return None();
  // Discovery §3: client_secret_basic when the provider does not say.
  const methods = metadata.token_endpoint_auth_methods_supported ?? ['client_secret_basic'];
  if (methods.includes('client_secret_basic')) return ClientSecretBasic(clientSecret);
  if (methods.includes('client_secret_post')) return ClientSecretPost(clientSecret);
  throw new IdentityProviderUnavailableError(
    `Udbyderen tager hverken client_secret_basic eller client_secret_post / The provider accepts neither ` +
      `client_secret_basic nor client_secret_post (${methods.join(', ')})`,
  );
}

/** An error's message with its cause's, which is where fetch says what went wrong on the wire. */
function reason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message;
}

/** The issuer a discovery document states, when openid-client refused it for not being the one fetched. */
function statedIssuer(error: unknown): unknown {
  const cause =
    error instanceof ClientError ? (error.cause as { attribute?: unknown; body?: { issuer?: unknown } }) : undefined;
  return cause?.attribute === 'issuer' ? cause.body?.issuer : undefined;
}

function issuerMismatch(stated: unknown, configured: string): string {
  const [said, set] = [JSON.stringify(stated), JSON.stringify(configured)];
  return `Udbyderen oplyser issuer ${said}, men OIDC_ISSUER er ${set} / The provider states issuer ${said}, but OIDC_ISSUER is ${set}`;
}
