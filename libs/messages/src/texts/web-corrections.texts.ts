import type { Bilingual } from '../bilingual';
import type { Texts } from '../wording';

/** Putting the cascade right: a leader's correction or withdrawal of their confirmation, and undoing a release. */
export const WEB_CORRECTIONS_TEXTS = {
  'web.corrections.correct': { da: 'Ret', en: 'Correct' },
  'web.corrections.withdraw': { da: 'Træk tilbage', en: 'Withdraw' },
  'web.corrections.while-open': {
    da: 'Er noget forkert, kan du rette bekræftelsen eller trække den tilbage, så længe møderunden ikke er afsluttet.',
    en: 'If something is wrong, you can correct the confirmation or withdraw it while the meeting round is not completed.',
  },
  'web.corrections.correct.title': { da: 'Ret din bekræftelse', en: 'Correct your confirmation' },
  'web.corrections.correct.intro': {
    da: 'Ret, hvornår og hvordan du gav resultaterne videre, og din refleksion. Den første bekræftelse slettes ikke: rettelsen gemmes ved siden af den.',
    en: 'Correct when and how you passed the results on, and your reflection. The first confirmation is not deleted: the correction is kept beside it.',
  },
  'web.corrections.correct.submit': { da: 'Gem rettelsen', en: 'Save the correction' },
  'web.corrections.corrected.title': { da: 'Rettelsen er gemt', en: 'The correction is saved' },
  'web.corrections.withdraw.title': { da: 'Træk din bekræftelse tilbage', en: 'Withdraw your confirmation' },
  'web.corrections.withdraw.consequence': {
    da: 'Din videreformidling står derefter som ikke bekræftet, og du får påmindelser igen efter tidsplanen, til du bekræfter på ny.',
    en: 'Your cascade then stands as not confirmed, and you get reminders again as scheduled until you confirm anew.',
  },
  'web.corrections.withdraw.reason': {
    da: 'Hvorfor trækker du bekræftelsen tilbage?',
    en: 'Why are you withdrawing the confirmation?',
  },
  'web.corrections.withdraw.reason.hint': {
    da: 'Begrundelsen gemmes med tilbagetrækningen. Chefgruppen og revisorer kan læse den.',
    en: 'The reason is kept with the withdrawal. Chefgruppen and auditors can read it.',
  },
  'web.corrections.withdraw.submit': { da: 'Ja, træk bekræftelsen tilbage', en: 'Yes, withdraw the confirmation' },
  'web.corrections.withdraw.keep': { da: 'Behold bekræftelsen', en: 'Keep the confirmation' },
  'web.corrections.withdrawn.title': { da: 'Bekræftelsen er trukket tilbage', en: 'The confirmation is withdrawn' },
  'web.corrections.withdrawn.text': {
    da: 'Du kan bekræfte igen med dette link, når du har givet resultaterne videre.',
    en: 'You can confirm again with this link once you have passed the results on.',
  },
  'web.corrections.confirm-again': { da: 'Bekræft igen', en: 'Confirm again' },
  'web.corrections.undo-release.title': { da: 'Fortryd fritagelse', en: 'Undo release' },
  'web.corrections.undo-release.hint': {
    da: 'Personen skal så igen bekræfte videreformidlingen og får påmindelser efter tidsplanen.',
    en: 'The person is then to confirm the cascade again and gets reminders as scheduled.',
  },
  'web.corrections.undo-release.person': { da: 'Hvem', en: 'Who' },
  'web.corrections.undo-release.choose': { da: 'Vælg en fritaget person', en: 'Choose a released person' },
  'web.corrections.undo-release.reason': {
    da: 'Begrundelse for at fortryde fritagelsen',
    en: 'Reason for undoing the release',
  },
  'web.corrections.undo-release.not-released': {
    da: 'Vælg en af dem, der er fritaget',
    en: 'Choose one of those released',
  },
  'web.corrections.reason': { da: 'Begrundelse', en: 'Reason' },
  'web.corrections.now': (p: { passedOnAt: Bilingual; channel: string }) => ({
    da: `Nu: givet videre den ${p.passedOnAt.da}, ${p.channel}`,
    en: `Now: passed on ${p.passedOnAt.en}, ${p.channel}`,
  }),
} as const satisfies Texts;
