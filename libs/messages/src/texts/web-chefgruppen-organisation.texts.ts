import type { Texts } from '../wording';

/** Chefgruppen's organisation pages. */
export const WEB_CHEFGRUPPEN_ORGANISATION_TEXTS = {
  // the organisation's values; the Danish titles of the levels stay in the English text, as in the README
  'web.chefgruppen.organisation.level.direktør': { da: 'Direktør', en: 'Direktør (director)' },
  'web.chefgruppen.organisation.level.chef': { da: 'Chef', en: 'Chef (head of department)' },
  'web.chefgruppen.organisation.level.leder': { da: 'Leder', en: 'Leder (leader)' },
  /** A level recorded before levels were checked, and not one of the three. */
  'web.chefgruppen.organisation.level.missing': { da: 'Mangler', en: 'Missing' },
  'web.chefgruppen.organisation.overview.needs-correction': {
    da: 'Skal rettes',
    en: 'To be corrected',
  },
  'web.chefgruppen.organisation.language.da': { da: 'Dansk', en: 'Danish' },
  'web.chefgruppen.organisation.language.en': { da: 'Engelsk', en: 'English' },
  'web.chefgruppen.organisation.experience.experienced': { da: 'Erfaren', en: 'Experienced' },
  'web.chefgruppen.organisation.experience.new': { da: 'Ny', en: 'New' },

  // shared by several of these pages
  'web.chefgruppen.organisation.common.change-the-facilitator-of': (p: { group: string }) => ({
    da: `Skift facilitator for ${p.group}`,
    en: `Change facilitator of ${p.group}`,
  }),
  'web.chefgruppen.organisation.common.compose-the-groups': { da: 'Sammensæt grupperne', en: 'Compose the groups' },
  'web.chefgruppen.organisation.common.members': { da: 'Medlemmer', en: 'Members' },
  'web.chefgruppen.organisation.common.change-facilitator': { da: 'Skift facilitator', en: 'Change facilitator' },
  'web.chefgruppen.organisation.common.move': { da: 'Flyt', en: 'Move' },
  'web.chefgruppen.organisation.common.name': { da: 'Navn', en: 'Name' },
  'web.chefgruppen.organisation.common.level': { da: 'Niveau', en: 'Level' },
  'web.chefgruppen.organisation.common.experience': { da: 'Erfaring', en: 'Experience' },
  'web.chefgruppen.organisation.common.column': { da: 'Kolonne', en: 'Column' },
  'web.chefgruppen.organisation.common.import-the-organisation': {
    da: 'Indlæs organisationen',
    en: 'Import the organisation',
  },
  'web.chefgruppen.organisation.common.people': { da: 'Personer', en: 'People' },
  'web.chefgruppen.organisation.common.groups': { da: 'Grupper', en: 'Groups' },

  // change-errors
  'web.chefgruppen.organisation.change-errors.changed-meanwhile': {
    da: 'Organisationen blev ændret samtidig; genindlæs siden og prøv igen',
    en: 'The organisation was changed at the same time; reload the page and try again',
  },

  // compose
  'web.chefgruppen.organisation.compose.label.count': { da: 'Antal grupper', en: 'Number of groups' },
  'web.chefgruppen.organisation.compose.label.seed': { da: 'Variant', en: 'Variant (seed)' },
  'web.chefgruppen.organisation.compose.the-organisation-is-empty': {
    da: 'Organisationen er tom.',
    en: 'The organisation is empty.',
  },
  'web.chefgruppen.organisation.compose.import-it-first': { da: 'Indlæs den først', en: 'Import it first' },
  'web.chefgruppen.organisation.compose.intro': {
    da: 'Forslaget sætter hver aktiv person i én gruppe, giver hver gruppe en chef eller direktør som facilitator, holder gruppernes størrelse inden for én af hinanden, sætter ingen i gruppe med sin nærmeste leder og spreder områder, niveauer og erfarne og nye ledere så jævnt, som tallene tillader.',
    en: 'The proposal puts every active person in one group, gives each group a chef or direktør as facilitator, keeps group sizes within one of each other, puts nobody in a group with their direct manager, and spreads areas, levels and experienced and new leaders as evenly as the numbers allow.',
  },
  'web.chefgruppen.organisation.compose.count.hint': { da: 'Chefgruppen bruger 11.', en: 'Chefgruppen uses 11.' },
  'web.chefgruppen.organisation.compose.seed.hint': {
    da: 'Det samme tal giver det samme forslag; et andet tal kan give et andet, lige så godt forslag.',
    en: 'The same number gives the same proposal; another may give another, equally good one.',
  },
  'web.chefgruppen.organisation.compose.propose-groups': { da: 'Foreslå grupper', en: 'Propose groups' },

  // composition
  'web.chefgruppen.organisation.composition.changed-since-proposal': {
    da: 'Organisationen er ændret, siden forslaget blev lavet. Her er forslaget for organisationen, som den er nu.',
    en: 'The organisation has changed since the proposal was made. Here is the proposal for it as it is now.',
  },

  // facilitator
  'web.chefgruppen.organisation.facilitator.label.facilitator': {
    da: 'Ny facilitator',
    en: 'New facilitator',
  },
  'web.chefgruppen.organisation.facilitator.member-of-the-group': {
    da: 'medlem af gruppen',
    en: 'member of the group',
  },
  'web.chefgruppen.organisation.facilitator.facilitator-now': { da: 'Facilitator nu', en: 'Facilitator now' },
  'web.chefgruppen.organisation.facilitator.facilitator.hint': {
    da: 'En chef eller direktør. Er personen ikke medlem af gruppen, bliver de det; den tidligere facilitator forbliver medlem.',
    en: 'A chef or direktør. Someone who is not a member of the group becomes one; the former facilitator stays a member.',
  },

  // group-sections
  'web.chefgruppen.organisation.group-sections.members-of': (p: { name: string }) => ({
    da: `Medlemmer af ${p.name}`,
    en: `Members of ${p.name}`,
  }),
  'web.chefgruppen.organisation.group-sections.people-in-no-group': {
    da: 'Personer uden gruppe',
    en: 'People in no group',
  },
  'web.chefgruppen.organisation.group-sections.people-in-no-group-count': (p: { count: number }) => ({
    da: `${p.count} personer uden gruppe`,
    en: `${p.count} people in no group`,
  }),
  'web.chefgruppen.organisation.group-sections.put-in-a-group': { da: 'Sæt i en gruppe', en: 'Put in a group' },

  // groups
  'web.chefgruppen.organisation.groups.choose-an-option': {
    da: 'Vælg en af mulighederne',
    en: 'Choose one of the options',
  },

  // leave
  'web.chefgruppen.organisation.leave.the-person-facilitates-a-group': {
    da: 'Personen faciliterer en gruppe og kan først fratræde, når gruppen har fået en ny facilitator:',
    en: 'The person facilitates a group and can leave only once the group has a new facilitator:',
  },
  'web.chefgruppen.organisation.leave.title': (p: { name: string }) => ({
    da: `${p.name} fratræder`,
    en: `${p.name} leaves`,
  }),
  'web.chefgruppen.organisation.leave.the-person-is-recorded-as': {
    da: 'Personen registreres som fratrådt i dag og tages ud af sine grupper. Historikken bevares, og en igangværende møderunde beholder personen, til chefgruppen fritager dem.',
    en: 'The person is recorded as having left today and taken out of their groups. The history is kept, and a meeting round under way keeps the person until chefgruppen releases them.',
  },
  'web.chefgruppen.organisation.leave.record-that-they-leave': {
    da: 'Registrér fratrædelsen',
    en: 'Record that they leave',
  },

  // move
  'web.chefgruppen.organisation.move.label.from': { da: 'Fra gruppe', en: 'From group' },
  'web.chefgruppen.organisation.move.label.to': { da: 'Til gruppe', en: 'To group' },
  'web.chefgruppen.organisation.move.title': (p: { name: string }) => ({ da: `Flyt ${p.name}`, en: `Move ${p.name}` }),
  'web.chefgruppen.organisation.move.in-no-group': {
    da: 'Personen er ikke i nogen gruppe.',
    en: 'The person is in no group.',
  },
  'web.chefgruppen.organisation.move.in-groups': (p: { groups: string }) => ({
    da: `Personen er i ${p.groups}.`,
    en: `The person is in ${p.groups}.`,
  }),
  'web.chefgruppen.organisation.move.a-meeting-round-already-under': {
    da: 'En møderunde, der allerede er i gang, beholder grupperne, som de var, da den startede.',
    en: 'A meeting round already under way keeps the groups as they were when it started.',
  },
  'web.chefgruppen.organisation.move.from.hint': {
    da: 'Facilitatoren kan ikke tages ud af sin gruppe; skift facilitator først.',
    en: 'The facilitator cannot be taken out of their group; change the facilitator first.',
  },
  'web.chefgruppen.organisation.move.no-group-take-out': {
    da: 'Ingen gruppe – tag kun personen ud',
    en: 'No group – only take them out',
  },

  // notices
  'web.chefgruppen.organisation.notices.change.person-gemt': {
    da: 'Ændringerne af personen er gemt.',
    en: 'The changes to the person are saved.',
  },
  'web.chefgruppen.organisation.notices.change.fratraadt': {
    da: 'Personen er registreret som fratrådt.',
    en: 'The person is recorded as having left.',
  },
  'web.chefgruppen.organisation.notices.change.flyttet': {
    da: 'Gruppernes medlemmer er ændret.',
    en: 'The groups’ members are changed.',
  },
  'web.chefgruppen.organisation.notices.change.facilitator': {
    da: 'Gruppen har fået ny facilitator.',
    en: 'The group has a new facilitator.',
  },
  'web.chefgruppen.organisation.notices.change.grupper': {
    da: 'Forslaget er gemt som organisationens grupper.',
    en: 'The proposal is saved as the groups.',
  },
  'web.chefgruppen.organisation.notices.imported.area-added': { da: 'områder tilføjet', en: 'areas added' },
  'web.chefgruppen.organisation.notices.imported.area-renamed': { da: 'områder omdøbt', en: 'areas renamed' },
  'web.chefgruppen.organisation.notices.imported.area-removed': { da: 'områder fjernet', en: 'areas removed' },
  'web.chefgruppen.organisation.notices.imported.person-added': { da: 'personer tilføjet', en: 'people added' },
  'web.chefgruppen.organisation.notices.imported.person-changed': {
    da: 'personer med nyt område, niveau, erfaring, leder eller sprog',
    en: 'people with a new area, level, experience, manager or language',
  },
  'web.chefgruppen.organisation.notices.imported.person-details-changed': {
    da: 'personer med nyt navn eller ny e-mail',
    en: 'people with a new name or e-mail',
  },
  'web.chefgruppen.organisation.notices.imported.person-left': { da: 'personer fratrådt', en: 'people who left' },
  'web.chefgruppen.organisation.notices.imported.group-created': { da: 'grupper oprettet', en: 'groups created' },
  'web.chefgruppen.organisation.notices.imported.group-renamed': { da: 'grupper omdøbt', en: 'groups renamed' },
  'web.chefgruppen.organisation.notices.imported.group-member-added': {
    da: 'medlemmer sat ind i en gruppe',
    en: 'members put into a group',
  },
  'web.chefgruppen.organisation.notices.imported.group-member-removed': {
    da: 'medlemmer taget ud af en gruppe',
    en: 'members taken out of a group',
  },
  'web.chefgruppen.organisation.notices.imported.group-facilitator-changed': {
    da: 'facilitatorer skiftet',
    en: 'facilitators changed',
  },
  'web.chefgruppen.organisation.notices.imported.group-dissolved': {
    da: 'grupper nedlagt',
    en: 'groups dissolved',
  },
  'web.chefgruppen.organisation.notices.imported-nothing-changed': {
    da: 'Filen er indlæst. Intet var ændret.',
    en: 'The file is imported. Nothing had changed.',
  },
  'web.chefgruppen.organisation.notices.imported-changes': {
    da: 'Filen er indlæst. Det blev ændret:',
    en: 'The file is imported. What changed:',
  },

  // overview
  'web.chefgruppen.organisation.overview.the-organisation': { da: 'Organisationen', en: 'The organisation' },
  'web.chefgruppen.organisation.overview.empty': {
    da: 'Organisationen er tom',
    en: 'The organisation is empty',
  },
  'web.chefgruppen.organisation.overview.first-step': {
    da: 'Første skridt er at indlæse områder, personer og eventuelt grupper fra et regneark (CSV).',
    en: 'The first step is to import the areas, the people and perhaps the groups from a spreadsheet (CSV).',
  },
  'web.chefgruppen.organisation.overview.areas': { da: 'Områder', en: 'Areas' },
  'web.chefgruppen.organisation.overview.import-from-a-spreadsheet': {
    da: 'Indlæs fra regneark',
    en: 'Import from a spreadsheet',
  },
  'web.chefgruppen.organisation.overview.how-the-groups-are-mixed': {
    da: 'Gruppernes sammensætning',
    en: 'How the groups are mixed',
  },
  'web.chefgruppen.organisation.overview.no-groups': {
    da: 'Der er ingen grupper endnu.',
    en: 'There are no groups yet.',
  },
  'web.chefgruppen.organisation.overview.spread-hint': {
    da: 'Område, niveau og erfaring i hver gruppe',
    en: 'Area, level and experience in each group',
  },
  'web.chefgruppen.organisation.overview.the-groups': { da: 'Grupperne', en: 'The groups' },

  // the trail back to the organisation's overview
  'web.chefgruppen.organisation.trail': { da: 'Organisation', en: 'Organisation' },

  // person
  'web.chefgruppen.organisation.person.title': (p: { name: string }) => ({
    da: `Ret ${p.name}`,
    en: `Change ${p.name}`,
  }),
  'web.chefgruppen.organisation.person.level.hint': {
    da: 'Kun en chef eller direktør kan facilitere en gruppe.',
    en: 'Only a chef or direktør can facilitate a group.',
  },
  'web.chefgruppen.organisation.person.none': { da: '(ingen)', en: '(none)' },
  'web.chefgruppen.organisation.person.language.hint': {
    da: 'Sproget, personens beskeder åbner med.',
    en: 'The language the person’s messages open in.',
  },
  'web.chefgruppen.organisation.person.save-changes': { da: 'Gem ændringer', en: 'Save changes' },
  'web.chefgruppen.organisation.person.other-changes': { da: 'Andre ændringer', en: 'Other changes' },
  'web.chefgruppen.organisation.person.move-to-another-group': {
    da: 'Flyt til en anden gruppe',
    en: 'Move to another group',
  },
  'web.chefgruppen.organisation.person.record-that-the-person-leaves': {
    da: 'Registrér at personen fratræder',
    en: 'Record that the person leaves',
  },
  'web.chefgruppen.organisation.person.label.email': { da: 'E-mail', en: 'E-mail' },
  'web.chefgruppen.organisation.person.label.experienced': {
    da: 'Erfaring som leder',
    en: 'Experience as a leader',
  },
  'web.chefgruppen.organisation.person.label.manager-id': { da: 'Nærmeste leder', en: 'Direct manager' },
  'web.chefgruppen.organisation.person.label.language': { da: 'Sprog i beskeder', en: 'Language of messages' },
  'web.chefgruppen.organisation.person.label.workplace': { da: 'Arbejdsplads', en: 'Workplace' },
  'web.chefgruppen.organisation.person.label.staff-address': { da: 'Personalets e-mail', en: 'Staff e-mail' },

  // proposal
  'web.chefgruppen.organisation.proposal.what-could-not-be-met': {
    da: 'Det kunne ikke lade sig gøre helt:',
    en: 'What could not be met:',
  },
  'web.chefgruppen.organisation.proposal.the-proposal-meets-every-constraint': {
    da: 'Forslaget opfylder alle krav.',
    en: 'The proposal meets every constraint.',
  },
  'web.chefgruppen.organisation.proposal.the-proposal': { da: 'Forslaget', en: 'The proposal' },
  'web.chefgruppen.organisation.proposal.spread-hint': {
    da: 'Område, niveau og erfaring i de foreslåede grupper',
    en: 'Area, level and experience in the proposed groups',
  },
  'web.chefgruppen.organisation.proposal.saving-replaces': {
    da: 'Gemmes forslaget, erstatter det alle organisationens grupper. En møderunde, der allerede er i gang, beholder sine grupper.',
    en: 'Saving the proposal replaces every group of the organisation. A meeting round already under way keeps its groups.',
  },
  'web.chefgruppen.organisation.proposal.save': {
    da: 'Gem forslaget som grupperne',
    en: 'Save the proposal as the groups',
  },

  // spread-table
  'web.chefgruppen.organisation.spread-table.spread': { da: 'Spredning', en: 'Spread' },
  'web.chefgruppen.organisation.spread-table.hint': {
    da: 'Spredning: 100 % betyder, at gruppen har sin rimelige andel af hvert område, hvert niveau og af erfarne og nye ledere, målt som forslagene til grupper måles. Jo lavere, jo flere skulle bytte plads.',
    en: 'Spread: 100 % means the group has its fair share of every area, every level and of experienced and new leaders, measured as group proposals are measured. The lower it is, the more people would have to trade places.',
  },

  // view

  // The not-found refusals are one line, Danish / English, as the API words them; a page shows the reader's half.
  'web.chefgruppen.organisation.view.unknown-person': (p: { personId: string }) => ({
    da: 'Ukendt person',
    en: `Unknown person: ${p.personId}`,
  }),
  'web.chefgruppen.organisation.view.unknown-group': (p: { groupId: string }) => ({
    da: 'Ukendt gruppe',
    en: `Unknown group: ${p.groupId}`,
  }),
} as const satisfies Texts;
