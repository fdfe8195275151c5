import { isIP } from 'node:net';

/** Where the API listens unless HOST says otherwise: this machine only. */
const DEFAULT_HOST = '127.0.0.1';

/** HOST: the address the API listens on (an IP address or a host name); this machine only by default. */
export function loadHost(env: NodeJS.ProcessEnv): string {
  const host = env['HOST']?.trim() || DEFAULT_HOST;
  if (isIP(host) === 0 && !/^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/.test(host)) {
    throw new Error(
      `HOST skal være en IP-adresse eller et værtsnavn / must be an IP address or a host name: "${host}"`,
    );
  }
  return host;
}

/**
 * Whether an address (HOST, or a caller's socket address) is this machine's loopback: 127.0.0.0/8, ::1, the
 * IPv4-mapped form of 127.x, or `localhost`. `0.0.0.0` and `::` are every interface, so they are not.
 */
export function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false;
  const plain = address.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (plain === 'localhost' || plain === '::1') return true;
  const v4 = plain.startsWith('::ffff:') ? plain.slice('::ffff:'.length) : plain;
  return isIP(v4) === 4 && v4.split('.')[0] === '127';
}
