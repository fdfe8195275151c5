import type { OrganisationRuleBroken } from '@ledelsesrum/domain';

/**
 * The values each problem of a file is reported with; the words for each rule live in the message catalogue
 * (`csv.<rule>`), which mirrors these rules and values.
 */
export interface CsvRuleParams {
  readonly 'unclosed-quote': Readonly<Record<string, never>>;
  readonly 'empty-file': Readonly<Record<string, never>>;
  readonly 'too-many-fields': { readonly fields: number; readonly header: number };
  readonly 'value-missing': Readonly<Record<string, never>>;
  readonly 'invalid-id': { readonly value: string };
  readonly 'too-many-characters': { readonly max: number };
  readonly 'invalid-level': { readonly value: string };
  readonly 'not-yes-or-no': { readonly value: string };
  readonly 'invalid-language': { readonly value: string };
  readonly 'not-an-email': { readonly value: string };
  readonly 'area-named-otherwise': { readonly name: string; readonly line: number; readonly named: string };
  readonly 'facilitator-without-group': Readonly<Record<string, never>>;
  readonly 'facilitator-count': { readonly groupId: string; readonly count: number };
  readonly 'column-missing': { readonly names: readonly string[] };
  readonly 'unknown-column': Readonly<Record<string, never>>;
  readonly 'too-many-rows': { readonly maxRows: number };
  readonly 'field-too-long': { readonly maxChars: number };
}

export type CsvRule = keyof CsvRuleParams;

/** One broken rule of the file, with its values. */
export type CsvRuleBroken = {
  readonly [Rule in CsvRule]: { readonly rule: Rule; readonly params: CsvRuleParams[Rule] };
}[CsvRule];

/** A problem of the file or, placed on the file's line, of the organisation it describes. */
export type CsvProblem = (CsvRuleBroken | OrganisationRuleBroken) & {
  readonly line: number;
  /** The column's name as in the header, or undefined for a problem with the whole line. */
  readonly column?: string;
};

/** A broken rule of the file from its name and values. */
export function broken<Rule extends CsvRule>(rule: Rule, params: CsvRuleParams[Rule]): CsvRuleBroken {
  return { rule, params } as CsvRuleBroken;
}
