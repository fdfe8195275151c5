/**
 * What an id of a person, area, group or cycle may look like, wherever it comes from (JSON, CSV, a path): short,
 * readable, safe in a URL path, and never one of JavaScript's special property names (they start with "_").
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
