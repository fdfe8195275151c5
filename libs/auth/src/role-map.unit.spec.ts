import { readClaim } from './claim-path';
import { RoleMap } from './role-map';

describe('RoleMap', () => {
  const map = new RoleMap([
    ['ledelsesrum-chefgruppe', 'chefgruppen'],
    ['ledelsesrum-revision', 'auditor'],
    ['ledelsesrum-revision', 'leader'],
    ['auditor', 'leader'],
  ]);

  it.each([
    [
      'mapped values, in claim order',
      ['ledelsesrum-chefgruppe', 'ledelsesrum-revision'],
      ['chefgruppen', 'auditor', 'leader'],
    ],
    ['our own role names, unmapped, to nothing', ['facilitator', 'leader', 'chefgruppen'], []],
    ['a role name by its entry only', ['auditor'], ['leader']],
    ['unknown values dropped', ['admin', 'fagsystem-bruger'], []],
    ['one string', 'ledelsesrum-chefgruppe', ['chefgruppen']],
    ['a space-separated string', 'facilitator ledelsesrum-chefgruppe', ['chefgruppen']],
    ['duplicates once', ['auditor', 'auditor', 'ledelsesrum-chefgruppe'], ['leader', 'chefgruppen']],
    ['non-strings ignored', [1, null, { role: 'chefgruppen' }, 'ledelsesrum-chefgruppe'], ['chefgruppen']],
    ['no claim', undefined, []],
    ['a claim of another type', { chefgruppen: true }, []],
  ])('maps %s', (_name, claim, roles) => {
    expect(map.rolesOf(claim)).toEqual(roles);
  });

  it('without a map, takes our own role names as themselves and drops every other value', () => {
    const unmapped = new RoleMap();

    expect(unmapped.rolesOf(['facilitator', 'leader', 'leader', 'ledelsesrum-chefgruppe', 'admin'])).toEqual([
      'facilitator',
      'leader',
    ]);
  });

  it('refuses a map to a role we do not have, naming the roles we do', () => {
    expect(() => new RoleMap([['x', 'admin']])).toThrow(
      'OIDC_ROLE_MAP: "admin" (for "x") er ikke en rolle / is not a role; roller / roles: chefgruppen, facilitator, leader, auditor',
    );
  });
});

describe('readClaim', () => {
  const payload = {
    roles: ['a'],
    realm_access: { roles: ['b'] },
    resource_access: { 'ledelsesrum-api': { roles: ['c'] } },
    'https://kommune.dk/roles': ['d'],
    list: [{ roles: ['e'] }],
  };

  it.each([
    ['roles', ['a']],
    ['realm_access.roles', ['b']],
    ['resource_access.ledelsesrum-api.roles', ['c']],
    ['https://kommune.dk/roles', ['d']],
    ['realm_access.missing', undefined],
    ['roles.length', undefined],
    ['list.0.roles', undefined],
    ['toString', undefined],
  ])('reads %s', (path, value) => {
    expect(readClaim(payload, path)).toEqual(value);
  });
});
