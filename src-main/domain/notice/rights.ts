/**
 * The rights a person has, taken from the regimes as data (domain/deadlines/regimes): a regime
 * grants the request types it has rules for. The notice lists those of the organisation's
 * jurisdictions; the answer to a request those of the request's regime.
 */
import { EEA } from '../countries';
import { REGIMES, type Regime, type RegimeId } from '../deadlines/regimes';
import { REQUEST_TYPES, type RequestType } from '../deadlines/rules';

/** What each right lets the person do, in plain words. */
const RIGHT_MEANINGS: Readonly<Record<RequestType, string>> = {
  confirmation: 'Ask whether we process personal data about you.',
  access: 'Get a copy of your personal data and know what we do with it: purposes, categories, sources, recipients, retention.',
  portability: 'Receive the data you gave us in a structured, machine-readable format, or have it sent to another organisation.',
  rectification: 'Have inaccurate personal data corrected and incomplete data completed.',
  erasure: 'Have your personal data deleted.',
  restriction: 'Have the use of your data restricted, for example while its accuracy is checked.',
  objection: 'Object to processing based on legitimate interests or a public task, and at any time to direct marketing.',
  opt_out_sale_sharing: 'Opt out of the sale of your personal information, its sharing for cross-context behavioural advertising, or targeted advertising.',
  opt_out_profiling: 'Opt out of profiling that produces legal or similarly significant effects.',
  limit_sensitive: 'Limit the use and disclosure of your sensitive personal information to what is needed to provide the service.',
  automated_decision: 'Not be subject to a decision based solely on automated processing with legal or similarly significant effects, and have such a decision reviewed by a person.',
  information: 'Be told with whom we share your data and what follows from refusing consent.',
  withdraw_consent: 'Withdraw your consent at any time, without affecting the processing done before.',
  appeal: 'Appeal our refusal to act on your request.',
  grievance: 'Raise a grievance with us about how we handle your data.',
  nomination: 'Nominate someone to exercise your rights after your death or incapacity.',
};

/**
 * Rights that need no request to us and so have no deadline rule: complaint to a supervisory
 * authority (GDPR and UK GDPR Art. 77, also to be stated under Art. 13(2)(d), 15(1)(f)) and
 * non-discrimination for exercising CCPA rights (Civ. Code § 1798.125).
 */
const STANDING_RIGHTS: Readonly<Partial<Record<RegimeId, { right: string; meaning: string }[]>>> = {
  eu_gdpr: [{ right: 'Complaint to a supervisory authority (Art. 77)', meaning: 'Lodge a complaint with a supervisory authority, in particular where you live, work or think the law was broken.' }],
  uk_gdpr: [{ right: 'Complaint to the Information Commissioner (Art. 77)', meaning: "Lodge a complaint with the Information Commissioner's Office." }],
  us_ca_ccpa: [{ right: 'Non-discrimination (Civ. Code § 1798.125)', meaning: 'Not be treated differently (prices, quality of service) for exercising your privacy rights.' }],
};

/** The regimes of the organisation's jurisdictions: a member state of the EEA counts as the EU. */
export function regimesOf(jurisdictions: readonly string[]): Regime[] {
  const wanted = new Set(jurisdictions.map((code) => code.trim().toUpperCase()).map((code) => (EEA.has(code) ? 'EU' : code)));
  return REGIMES.filter((regime) => wanted.has(regime.jurisdiction));
}

export const regimeById = (id: RegimeId | null): Regime | null => REGIMES.find((regime) => regime.id === id) ?? null;

/** One row per right: the right, what it means, the regimes that grant it (by name). */
export function rightRows(regimes: readonly Regime[]): string[][] {
  const order = Object.keys(REQUEST_TYPES) as RequestType[];
  const granted = order
    .map((type) => ({ type, by: regimes.filter((regime) => regime.rules[type] !== undefined).map((regime) => regime.name) }))
    .filter(({ by }) => by.length > 0)
    .map(({ type, by }) => [REQUEST_TYPES[type], RIGHT_MEANINGS[type], by.join(', ')]);
  const standing = regimes.flatMap((regime) => (STANDING_RIGHTS[regime.id] ?? []).map(({ right, meaning }) => [right, meaning, regime.name]));
  return [...granted, ...standing];
}

export const RIGHT_COLUMNS: [string, number][] = [
  ['Right', 3],
  ['What it means', 6],
  ['Under', 3],
];
