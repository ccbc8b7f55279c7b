/**
 * The privacy notice: the information of GDPR Arts. 13 and 14 and the CCPA notice at collection
 * (Civ. Code § 1798.100(a), 1798.130(a)(5)), in the order people expect. It states only what the
 * inventory records: each statement comes from a record, and what is not recorded is a gap.
 */
import type { Activity } from '../inventory/records';
import { CHANNELS, COMMUNICATION_KINDS, COOKIE_CATEGORIES, COOKIE_PARTIES, DATA_SOURCES, RECIPIENT_KINDS } from '../inventory/vocabulary';
import { countryName, joined, list, missing, orDash, paragraph, reportFrame, section, subheading, table, unique } from './blocks';
import type { Block, ReportDocument } from './document';
import type { NoticeInput } from './inputs';
import { REPORT_NAMES, type ReportOptions } from './options';
import {
  categoryLabel,
  controllerBlocks,
  purposeGaps,
  purposeRows,
  recipientMap,
  retentionGap,
  retentionText,
  securityLines,
  specialConditionBlocks,
  systemMap,
  transferGaps,
  transferTable,
} from './processing';
import { regimesOf, RIGHT_COLUMNS, rightRows } from './rights';

export function buildPrivacyNotice(input: NoticeInput, options: ReportOptions, generatedAt: Date): ReportDocument {
  const { organisation: org, activities } = input;
  const regimes = regimesOf(org.jurisdictions);
  const { formats, frame } = reportFrame(org, options, generatedAt, () => ({
    title: REPORT_NAMES.privacy_notice,
    subtitle: 'How we use your personal data',
    subject: 'Privacy notice under GDPR Articles 13 and 14 and the CCPA notice at collection',
    cover: [['Laws', joined(regimes.map((r) => r.name), 'None recorded')]],
  }));
  const recipients = recipientMap(input.recipients);
  const systems = systemMap(input.systems);
  const none = activities.length === 0 ? [missing('No processing activity is active: record the activities in Inventory > Activities and set their status to Active.')] : [];
  const contact = org.email.trim() !== '' ? org.email : org.address;
  return frame([
    section('Who we are', 2, [...controllerBlocks(org), paragraph('This notice explains which personal data we process, why, and your rights.')]),
    section('What we collect and where it comes from', 2, [...none, ...collectedBlocks(activities)]),
    section('Why we use it and on which legal basis', 2, [
      ...none,
      ...(activities.some((a) => a.purposes.length > 0)
        ? [table([['Activity', 3], ['Purpose', 4], ['Legal basis', 3], ['Legitimate interest pursued', 4]], activities.flatMap((a) => purposeRows(a, true)))]
        : []),
      ...activities.flatMap(purposeGaps),
      ...activities.flatMap(specialConditionBlocks),
      ...(activities.some((a) => a.purposes.some((p) => p.legalBasis === 'consent'))
        ? [paragraph('Where we rely on your consent, you may withdraw it at any time; this does not affect the processing done before (Art. 7(3)).')]
        : []),
    ]),
    section('Where we store it and international transfers', 2, storageBlocks(input, recipients, systems)),
    section('Who we share it with', 2, [...none, ...sharingBlocks(activities, regimes.some((r) => r.id === 'us_ca_ccpa'))]),
    section('How long we keep it', 2, [
      ...none,
      ...(activities.some((a) => retentionText(a.retention) !== null)
        ? [table([['Activity', 3], ['Personal data', 4], ['How long', 6]], activities.flatMap((a) => { const kept = retentionText(a.retention); return kept === null ? [] : [[a.name, joined(a.categories.map((c) => c.name)), kept]]; }))]
        : []),
      ...activities.filter((a) => retentionText(a.retention) === null).map(retentionGap),
    ]),
    section('Cookies and similar technologies', 2,
      input.cookies.length === 0
        ? [missing('No cookie or similar technology is recorded: if the website or apps use any, record them in Inventory > Cookies (ePrivacy Directive Art. 5(3)).')]
        : [table([['Name', 2], ['Provider', 2], ['Party', 2], ['Category', 3], ['Duration', 2], ['Purpose', 4]], input.cookies.map((c) => [c.name, orDash(c.provider), COOKIE_PARTIES[c.party], COOKIE_CATEGORIES[c.category], orDash(c.duration), orDash(c.purpose)]))],
    ),
    section('Messages we send and how to stop them', 2, communicationBlocks(input.communications)),
    section('Your rights and how to use them', 2, [
      ...(regimes.length === 0
        ? [missing('The jurisdictions the organisation works under: record them in Inventory > Organisation, so that the rights under their laws are listed.')]
        : [table(RIGHT_COLUMNS, rightRows(regimes))]),
      ...(contact.trim() === '' ? [] : [paragraph(`To use a right, write to ${contact}. We may need to confirm your identity before we answer.`)]),
    ]),
    section('How we protect it', 2, securityBlock(activities, systems)),
    section('Children', 2, [missing("The inventory does not record whether the services are offered to children: state the organisation's position (GDPR Art. 8; CCPA Civ. Code § 1798.120(c) for those under 16).")]),
    section('Changes to this notice', 2, [paragraph(`This notice was generated from our records of processing on ${formats.instant(generatedAt)}. When our processing changes, the notice changes with it; the date tells you which version you are reading.`)]),
    section('Contact', 2, controllerBlocks(org).filter((b) => b.kind === 'fields')),
  ]);
}

/** Categories with whom they are about and where they come from (Art. 14(1)(d), 14(2)(f)). */
function collectedBlocks(activities: readonly Activity[]): Block[] {
  const byCategory = new Map<string, { label: string; subjects: string[]; sources: string[] }>();
  for (const a of activities) {
    for (const c of a.categories) {
      const entry = byCategory.get(c.name) ?? { label: categoryLabel(c), subjects: [], sources: [] };
      entry.subjects.push(...a.subjects.map((s) => s.name));
      entry.sources.push(...a.sources.map((s) => DATA_SOURCES[s]), a.sourceDetail);
      byCategory.set(c.name, entry);
    }
  }
  if (byCategory.size === 0) return activities.length === 0 ? [] : [missing('The categories of personal data of the activities (Art. 14(1)(d)).')];
  const noSource = activities.filter((a) => a.sources.length === 0 && a.sourceDetail.trim() === '');
  return [
    table([['Personal data', 4], ['About', 3], ['Where it comes from', 5]], [...byCategory.values()].map((e) => [e.label, joined(unique(e.subjects)), joined(unique(e.sources), 'Not recorded')])),
    ...noSource.map((a) => missing(`${a.name}: where the personal data comes from (Art. 14(2)(f)).`)),
  ];
}

function storageBlocks(input: NoticeInput, recipients: ReturnType<typeof recipientMap>, systems: ReturnType<typeof systemMap>): Block[] {
  const used = new Set(input.activities.flatMap((a) => a.systems.map((s) => s.id)));
  const hosted = unique(input.systems.filter((s) => used.has(s.id)).flatMap((s) => s.hostingCountries).map(countryName));
  const withTransfers = input.activities.filter((a) => a.transfers.length > 0);
  return [
    hosted.length === 0 ? missing('Where the data is stored: record the hosting countries of the systems in Inventory > Systems.') : paragraph(`We store personal data in: ${hosted.join(', ')}.`),
    ...(withTransfers.length === 0
      ? [paragraph('Our records of processing list no transfer of personal data to a third country or an international organisation.')]
      : [
          paragraph('We transfer personal data to the following countries, with these safeguards (Art. 13(1)(f)). You can ask us for a copy of them.'),
          transferTable(withTransfers, true),
        ]),
    ...input.activities.flatMap((a) => transferGaps(a, recipients, systems)),
  ];
}

/** Recipients by kind (Art. 13(1)(e)); sale and sharing for advertising (Civ. Code § 1798.115, 1798.120, 1798.130(a)(5)(C)). */
function sharingBlocks(activities: readonly Activity[], ccpa: boolean): Block[] {
  const byKind = new Map<string, { names: string[]; activities: string[] }>();
  for (const a of activities) {
    for (const r of a.recipients) {
      const entry = byKind.get(RECIPIENT_KINDS[r.kind]) ?? { names: [], activities: [] };
      entry.names.push(r.name);
      entry.activities.push(a.name);
      byKind.set(RECIPIENT_KINDS[r.kind], entry);
    }
  }
  const blocks: Block[] = [];
  if (byKind.size > 0) {
    blocks.push(table([['Kind of recipient', 3], ['Recipients', 4], ['For', 4]], [...byKind].map(([kind, e]) => [kind, joined(unique(e.names)), joined(unique(e.activities))])));
  }
  const unshared = activities.filter((a) => a.recipients.length === 0);
  const toNoOne = unshared.filter((a) => a.noRecipients);
  if (toNoOne.length > 0) blocks.push(paragraph(`We disclose the data of these activities to no one: ${toNoOne.map((a) => a.name).join(', ')}.`));
  blocks.push(...unshared.filter((a) => !a.noRecipients).map((a) => missing(`${a.name}: who receives the data, or that it is disclosed to no one (Art. 13(1)(e)).`)));
  const sold = activities.filter((a) => a.sold);
  const shared = activities.filter((a) => a.sharedForAds);
  if (sold.length > 0 || shared.length > 0) {
    blocks.push(subheading('Sale and sharing for advertising'));
    if (sold.length > 0) blocks.push(paragraph(`We sell personal information (as the CCPA defines it) in: ${sold.map((a) => `${a.name} (${joined(a.categories.map((c) => c.name))})`).join('; ')}.`));
    if (shared.length > 0) blocks.push(paragraph(`We share personal information for cross-context behavioural advertising in: ${shared.map((a) => `${a.name} (${joined(a.categories.map((c) => c.name))})`).join('; ')}.`));
    blocks.push(paragraph('You may opt out of this sale or sharing at any time (see Your rights).'));
  } else if (ccpa && activities.length > 0) {
    blocks.push(paragraph('We do not sell personal information and do not share it for cross-context behavioural advertising.'));
  }
  return blocks;
}

/** Marketing and service messages; the right to object to direct marketing at any time (Art. 21(2), (4)). */
function communicationBlocks(communications: NoticeInput['communications']): Block[] {
  if (communications.length === 0) return [missing('No communication is recorded: record the messages sent to people (newsletters, service emails) in Inventory > Communications.')];
  return [
    table([['Message', 3], ['Channel', 2], ['Kind', 3], ['What it is', 4], ['How to stop it', 4]], communications.map((c) => [c.name, CHANNELS[c.channel], COMMUNICATION_KINDS[c.kind], orDash(c.description), c.kind === 'marketing' ? orDash(c.optOut) : 'Needed to provide the service'])),
    ...communications.filter((c) => c.kind === 'marketing' && c.optOut.trim() === '').map((c) => missing(`${c.name}: how a person stops this marketing (Art. 21(2), (4)).`)),
  ];
}

function securityBlock(activities: readonly Activity[], systems: ReturnType<typeof systemMap>): Block[] {
  const lines = unique(activities.flatMap((a) => securityLines(a, systems)));
  return lines.length === 0
    ? [missing('A general description of the security measures: record them on the activities or their systems (Art. 32(1)).')]
    : [paragraph('We protect personal data with technical and organisational measures, among them:'), list(lines)];
}
