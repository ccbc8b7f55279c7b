/**
 * The facts of processing that the record (Art. 30), the notice (Arts. 13, 14) and the answer to an
 * access request (Art. 15) all state, written once: who the controller is, purposes with their
 * basis, categories, recipients, transfers, retention and security.
 */
import type { Activity, Organisation, Retention } from '../inventory/records';
import { DATA_SOURCES, LEGAL_BASES, RECIPIENT_KINDS, RETENTION_UNITS, SPECIAL_CONDITIONS, TRANSFER_MECHANISMS } from '../inventory/vocabulary';
import { countryName, fields, isThirdCountry, joined, missing, orDash, table, unique } from './blocks';
import type { Block } from './document';
import type { ReportRecipient, ReportSystem } from './inputs';

/** The controller's identity and contact details (Art. 13(1)(a), 14(1)(a), 30(1)(a)); a gap for each one the profile lacks. */
export function controllerBlocks(org: Organisation): Block[] {
  const blocks: Block[] = [
    fields([
      ['Controller', orDash(org.name)],
      ['Address', orDash(org.address)],
      ['Email', orDash(org.email)],
      ['Phone', orDash(org.phone)],
      ['Website', orDash(org.website)],
      ['Joint controllers', org.jointControllers.trim() === '' ? 'None recorded' : org.jointControllers],
      ['Representative in the Union (Art. 27)', org.representative.trim() === '' ? 'None recorded' : org.representative],
      ['Data protection officer', org.dpoName.trim() === '' ? 'None recorded' : org.dpoName],
      ['Data protection officer contact', org.dpoContact.trim() === '' ? 'None recorded' : org.dpoContact],
    ]),
  ];
  if (org.name.trim() === '') blocks.push(missing("The controller's name: record it in Inventory > Organisation."));
  if ([org.address, org.email, org.phone].every((v) => v.trim() === '')) {
    blocks.push(missing("The controller's contact details (address, email or phone): record them in Inventory > Organisation."));
  }
  if (org.dpoName.trim() !== '' && org.dpoContact.trim() === '') {
    blocks.push(missing(`How to reach the data protection officer ${org.dpoName} (Art. 37(7)): record the contact in Inventory > Organisation.`));
  }
  return blocks;
}

/** "Name (DE, IE)" for a recipient, and its third countries, from the recipient records. */
export function recipientLabel(link: { id: number; name: string }, recipients: ReadonlyMap<number, ReportRecipient>): string {
  const countries = recipients.get(link.id)?.countries ?? [];
  return countries.length === 0 ? link.name : `${link.name} (${countries.map(countryName).join(', ')})`;
}

export const recipientMap = (recipients: readonly ReportRecipient[]) => new Map(recipients.map((r) => [r.id, r]));

/** Purpose, legal basis (Art. 6(1)) and, for legitimate interests, the interest pursued (Art. 13(1)(d)). */
export function purposeRows(activity: Activity, withActivity: boolean): string[][] {
  return activity.purposes.map((p) => [
    ...(withActivity ? [activity.name] : []),
    p.purpose,
    p.legalBasis === null ? 'Not recorded' : LEGAL_BASES[p.legalBasis],
    p.legalBasis === 'legitimate_interests' ? orDash(p.legitimateInterest) : '—',
  ]);
}

/** The gaps of an activity's purposes: none at all, a purpose without basis, legitimate interests without the interest. */
export function purposeGaps(activity: Activity): Block[] {
  if (activity.purposes.length === 0) return [missing(`${activity.name}: no purpose recorded (Art. 5(1)(b), 30(1)(b)).`)];
  return activity.purposes.flatMap((p) => [
    ...(p.legalBasis === null ? [missing(`${activity.name}: the legal basis (Art. 6(1)) of the purpose "${p.purpose}".`)] : []),
    ...(p.legalBasis === 'legitimate_interests' && p.legitimateInterest.trim() === ''
      ? [missing(`${activity.name}: the legitimate interest pursued for "${p.purpose}" (Art. 13(1)(d)).`)]
      : []),
  ]);
}

/** The special categories an activity processes and the Art. 9(2) condition it relies on, or the gap. */
export function specialConditionBlocks(activity: Activity): Block[] {
  const special = activity.categories.filter((c) => c.special || c.criminal).map((c) => c.name);
  if (special.length === 0) return [];
  if (activity.specialCondition === null) {
    return [missing(`${activity.name}: processes ${special.join(', ')}, but no condition of Art. 9(2) (or Art. 10 authority) is recorded.`)];
  }
  return [fields([[`Condition for ${special.join(', ')}`, SPECIAL_CONDITIONS[activity.specialCondition]]])];
}

/** A category's name with its marks: special category (Art. 9), criminal (Art. 10), sensitive under the CCPA. */
export function categoryLabel(c: { name: string; special: boolean; criminal: boolean; sensitive: boolean }): string {
  const marks = [c.special ? 'special category, Art. 9' : '', c.criminal ? 'criminal offences, Art. 10' : '', c.sensitive ? 'sensitive under the CCPA' : ''].filter((m) => m !== '');
  return marks.length === 0 ? c.name : `${c.name} (${marks.join('; ')})`;
}

/** Where the data comes from (Art. 14(2)(f)): the sources with the recorded detail. */
export function sourceText(activity: Activity): string {
  const sources = activity.sources.map((s) => DATA_SOURCES[s]);
  const detail = activity.sourceDetail.trim();
  return joined(detail === '' ? sources : [...sources, detail], 'Not recorded');
}

/** "10 years from the end of the contract; then deleted in the yearly clean-up", or null when no period is recorded. */
export function retentionText(retention: Retention): string | null {
  if (retention.period === null || retention.unit === null) return null;
  const period = `${retention.period} ${RETENTION_UNITS[retention.unit]}`;
  const trigger = retention.trigger.trim() === '' ? period : `${period}, counted from: ${retention.trigger.trim()}`;
  return retention.deletion.trim() === '' ? trigger : `${trigger}. At the end: ${retention.deletion.trim()}`;
}

export const retentionGap = (activity: Activity): Block =>
  missing(`${activity.name}: how long the data is kept, or the criteria for it (Art. 13(2)(a), 30(1)(f)).`);

/** The recipients' kinds, labelled, each once. */
export function recipientKinds(activity: Activity): string[] {
  return unique(activity.recipients.map((r) => RECIPIENT_KINDS[r.kind]));
}

/** Transfer rows: country, recipient, safeguard, documentation (Art. 15(2), 30(1)(e)). */
export function transferRows(activity: Activity, withActivity: boolean): string[][] {
  return activity.transfers.map((t) => [
    ...(withActivity ? [activity.name] : []),
    countryName(t.country),
    orDash(t.recipientName),
    t.mechanism === null ? 'Not recorded' : TRANSFER_MECHANISMS[t.mechanism],
    orDash(t.documentation),
  ]);
}

export function transferTable(activities: readonly Activity[], withActivity: boolean): Block {
  return table(
    [...(withActivity ? ([['Activity', 2]] as [string, number][]) : []), ['Country', 2], ['Recipient', 2], ['Safeguard', 3], ['Documentation', 3]],
    activities.flatMap((a) => transferRows(a, withActivity)),
  );
}

/**
 * The transfer gaps of an activity: a transfer outside the EEA without a mechanism; a derogation
 * without its documented safeguards (Art. 30(1)(e), Art. 49(1) second subparagraph, 49(6)); and a
 * third country where a recipient or system of the activity sits, but no transfer is recorded.
 */
export function transferGaps(activity: Activity, recipients: ReadonlyMap<number, ReportRecipient>, systems: ReadonlyMap<number, ReportSystem>): Block[] {
  const gaps: Block[] = [];
  for (const t of activity.transfers) {
    if (t.mechanism === null && isThirdCountry(t.country)) gaps.push(missing(`${activity.name}: the safeguard for the transfer to ${countryName(t.country)} (Chapter V).`));
    if (t.mechanism === 'derogation' && t.documentation.trim() === '') {
      gaps.push(missing(`${activity.name}: which derogation of Art. 49 applies to the transfer to ${countryName(t.country)}, and the documented safeguards (Art. 30(1)(e)).`));
    }
  }
  const recorded = new Set(activity.transfers.map((t) => t.country));
  const located = [
    ...activity.recipients.flatMap((r) => (recipients.get(r.id)?.countries ?? []).map((country) => ({ country, where: r.name }))),
    ...activity.systems.flatMap((s) => (systems.get(s.id)?.hostingCountries ?? []).map((country) => ({ country, where: s.name }))),
  ];
  for (const { country, where } of located) {
    if (isThirdCountry(country) && !recorded.has(country)) {
      recorded.add(country);
      gaps.push(missing(`${activity.name}: ${where} is in ${countryName(country)}, outside the EEA, but no transfer there is recorded.`));
    }
  }
  return gaps;
}

/** The activity's own measures and those of the systems it uses (Art. 32(1)), each once. */
export function securityLines(activity: Activity, systems: ReadonlyMap<number, ReportSystem>): string[] {
  return unique([
    activity.securityMeasures,
    ...activity.systems.map((s) => {
      const measures = systems.get(s.id)?.securityMeasures.trim() ?? '';
      return measures === '' ? '' : `${s.name}: ${measures}`;
    }),
  ]);
}

export const systemMap = (systems: readonly ReportSystem[]) => new Map(systems.map((s) => [s.id, s]));
