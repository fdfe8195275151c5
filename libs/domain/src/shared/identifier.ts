/**
 * What an id of a person, area, group or cycle may look like, wherever it comes from (JSON, CSV, a path): short,
 * readable, safe in a URL path, and never one of JavaScript's special property names (they start with "_").
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/** The rule in words, for messages about an id that does not match `ID_PATTERN`. */
export const ID_RULE = '1-64 tegn, bogstaver, tal og . _ : - / 1-64 characters: letters, digits and . _ : -';
