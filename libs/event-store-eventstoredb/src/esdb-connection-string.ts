/**
 * Checks an EventStoreDB connection string before the client sees it: the client prints the whole string (password
 * and all) to the console for an option it does not know, and for `tlsVerifyCert=false`, which it ignores anyway.
 */

/** The options `@eventstore/db-client` 6.2.1 understands (its parseConnectionString), compared without case. */
const KNOWN_OPTIONS = new Set(
  [
    'tls',
    'tlsVerifyCert',
    'tlsCAFile',
    'userCertFile',
    'userKeyFile',
    'connectionName',
    'defaultDeadline',
    'discoveryInterval',
    'gossipTimeout',
    'maxDiscoverAttempts',
    'nodePreference',
    'throwOnAppendFailure',
    'keepAliveInterval',
    'keepAliveTimeout',
  ].map((option) => option.toLowerCase()),
);

/**
 * The string as the client takes it (`kurrentdb://` is the new name of `esdb://`), or an error that names the problem
 * without repeating the string, which may hold a password.
 */
export function clientConnectionString(connectionString: string): string {
  const esdb = connectionString.trim().replace(/^kurrentdb(\+discover)?:\/\//i, 'esdb$1://');
  const query = esdb.includes('?') ? esdb.slice(esdb.indexOf('?') + 1) : '';
  for (const pair of query.split('&').filter((part) => part !== '')) {
    const [key = '', value = ''] = pair.split('=');
    if (!KNOWN_OPTIONS.has(key.trim().toLowerCase())) {
      throw new Error(
        `EVENT_STORE_URL: ukendt indstilling / unknown option "${key.trim()}"; ` +
          `known: ${[...KNOWN_OPTIONS].join(', ')} (compared without case)`,
      );
    }
    if (key.trim().toLowerCase() === 'tlsverifycert' && value.trim() === 'false') {
      throw new Error(
        'EVENT_STORE_URL: tlsVerifyCert=false virker ikke med denne klient / has no effect with this client; ' +
          'give the server certificate authority with tlsCAFile=<file> instead',
      );
    }
  }
  return esdb;
}
