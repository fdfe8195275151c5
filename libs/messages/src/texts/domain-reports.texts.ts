import type {
  ConstraintReport,
  ConstraintReportParams,
  OrganisationRuleBroken,
  OrganisationRuleParams,
  PersonField,
  SpreadDimension,
} from '@ledelsesrum/domain';
import type { Bilingual } from '../bilingual';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const DIMENSION_NAMES: Readonly<Record<SpreadDimension, Bilingual>> = {
  area: { da: 'Området', en: 'The area' },
  level: { da: 'Niveauet', en: 'The level' },
  experience: { da: 'Erfaringen', en: 'Experience' },
};

const PERSON_FIELD_NAMES: Readonly<Record<PersonField, Bilingual>> = {
  name: { da: 'Navn', en: 'Name' },
  email: { da: 'E-mail', en: 'E-mail' },
  areaId: { da: 'Område', en: 'Area' },
  level: { da: 'Niveau', en: 'Level' },
  experienced: { da: 'Erfaring', en: 'Experience' },
  managerId: { da: 'Leder', en: 'Manager' },
  language: { da: 'Sprog', en: 'Language' },
  workplace: { da: 'Arbejdsplads', en: 'Workplace' },
  staffAddress: { da: 'Personalets e-mail', en: 'Staff e-mail' },
};

/**
 * What the domain reports with values: a group proposal's unmet constraints, and the rules an organisation broke (where
 * the API has always named a value only in one half, the halves stay as they were).
 */
export const DOMAIN_REPORT_TEXTS = {
  'domain.composition.facilitator': (p: ConstraintReportParams['facilitator']) => ({
    da: `Der er ${p.eligible} chefer/direktører til ${p.groups} grupper; ${count(p.standIns, 'gruppe har', 'grupper har')} en leder som midlertidig facilitator`,
    en: `There are ${p.eligible} chefs/direktører for ${p.groups} groups; ${count(p.standIns, 'group has', 'groups have')} a leder as stand-in facilitator`,
  }),
  'domain.composition.size': (p: ConstraintReportParams['size']) => ({
    da: `Der er bedt om ${p.requested} grupper, men der er kun ${p.people} personer; der dannes ${p.people} grupper`,
    en: `${p.requested} groups were requested but there are only ${p.people} people; ${p.people} groups are formed`,
  }),
  'domain.composition.manager': (p: ConstraintReportParams['manager']) => ({
    da: `${p.managerId} er i samme gruppe som ${p.reports} af sine direkte medarbejdere; det kunne ikke undgås med disse gruppestørrelser`,
    en: `${p.managerId} shares a group with ${p.reports} of their direct reports; with these group sizes it could not be avoided`,
  }),
  'domain.composition.spread': (p: ConstraintReportParams['spread']) => ({
    da: `${DIMENSION_NAMES[p.dimension].da} "${p.value}" er ikke jævnt fordelt: i ${count(p.groups, 'gruppe', 'grupper')} afviger antallet fra gruppens andel`,
    en: `${DIMENSION_NAMES[p.dimension].en} "${p.value}" is not evenly spread: in ${count(p.groups, 'group', 'groups')} the count is off the group's share`,
  }),
  'domain.organisation.id-twice': (p: OrganisationRuleParams['id-twice']) => ({
    da: `id "${p.id}" findes flere gange`,
    en: 'is used twice',
  }),
  'domain.organisation.unknown-area': (p: OrganisationRuleParams['unknown-area']) => ({
    da: 'ukendt område',
    en: `unknown area "${p.areaId}"`,
  }),
  'domain.organisation.unknown-language': (p: OrganisationRuleParams['unknown-language']) => ({
    da: 'ukendt sprog',
    en: `unknown language "${p.language}" (da, en)`,
  }),
  'domain.organisation.own-manager': { da: 'egen leder', en: 'their own manager' },
  'domain.organisation.unknown-manager': (p: OrganisationRuleParams['unknown-manager']) => ({
    da: 'ukendt leder',
    en: `unknown manager "${p.managerId}"`,
  }),
  'domain.organisation.manager-loop': { da: 'ledelseskæden går i ring', en: 'the chain of managers loops' },
  'domain.organisation.unknown-person': (p: OrganisationRuleParams['unknown-person']) => ({
    da: 'ukendt person',
    en: `unknown person "${p.personId}"`,
  }),
  'domain.organisation.facilitator-level': (p: OrganisationRuleParams['facilitator-level']) => ({
    da: 'facilitator skal være chef eller direktør',
    en: `the facilitator must be a chef or direktør ("${p.personId}" is ${p.level})`,
  }),
  'domain.organisation.member-twice': { da: 'samme person flere gange', en: 'a person is listed twice' },
  /** A stored value the rules refuse; `person` is their name where it can be read, else their id. */
  'domain.person.needs-correction': (p: { readonly person: string; readonly field: PersonField }) => {
    const field = Object.hasOwn(PERSON_FIELD_NAMES, p.field)
      ? PERSON_FIELD_NAMES[p.field]
      : { da: String(p.field), en: String(p.field) };
    return {
      da: `${field.da} mangler for ${p.person} — ret det under personen`,
      en: `${field.en} missing for ${p.person} — correct it on the person`,
    };
  },
} as const;

/** An unmet constraint of a group proposal in words; the compiler checks that every constraint has its entry. */
export function compositionReportText(report: ConstraintReport): Bilingual {
  const wording = DOMAIN_REPORT_TEXTS[`domain.composition.${report.constraint}`];
  // Each entry takes the params of its own constraint, which the report's discriminant guarantees.
  return (wording as (params: ConstraintReport['params']) => Bilingual)(report.params);
}

/** A rule an organisation broke, in words; the compiler checks that every rule has its entry. */
export function organisationProblemText(problem: OrganisationRuleBroken): Bilingual {
  const wording = DOMAIN_REPORT_TEXTS[`domain.organisation.${problem.rule}`];
  // Each entry takes the params of its own rule, which the problem's discriminant guarantees.
  return typeof wording === 'function'
    ? (wording as (params: OrganisationRuleBroken['params']) => Bilingual)(problem.params)
    : wording;
}
