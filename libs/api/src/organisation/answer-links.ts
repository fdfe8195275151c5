/** An OpenAPI link: the operation, and where its path's parameters come from in the answer. */
interface Link {
  readonly operationId: string;
  readonly parameters: Readonly<Record<string, string>>;
}

/** OpenAPI links from an answer whose `id` another operation takes as its path's `id`. */
function byId(...operationIds: string[]): Record<string, Link> {
  return Object.fromEntries(
    operationIds.map((operationId) => [operationId, { operationId, parameters: { id: '$response.body#/id' } }]),
  );
}

/** From an answered area to what can be done with it. */
export const AREA_LINKS = byId('renameArea');

/** From an answered group to its members and facilitator. */
export const GROUP_LINKS = byId('addGroupMember', 'changeFacilitator');

/** From an answered person to their change, leaving, erasure and export. */
export const PERSON_LINKS = byId('changePerson', 'personLeaves', 'erasePersonalData', 'exportPersonalData');
