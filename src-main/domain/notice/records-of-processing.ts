/**
 * The records of processing activities, GDPR Art. 30: the controller's record (30(1)(a) to (g)),
 * one section per activity and summary tables, and the processor's record (30(2)(a) to (d)) for the
 * activities carried out on behalf of another controller.
 */
import type { Activity, Organisation } from '../inventory/records';
import { ACTIVITY_ROLES, ACTIVITY_STATUSES, DPIA_STATES, LEGAL_BASES } from '../inventory/vocabulary';
import { countryName, fields, isThirdCountry, joined, missing, orDash, paragraph, reportFrame, section, subheading, table, unique } from './blocks';
import type { Block, ReportDocument, Section } from './document';
import type { RecordsInput, ReportRecipient, ReportSystem } from './inputs';
import { type DateFormats, REPORT_NAMES, type ReportOptions } from './options';
import {
  categoryLabel,
  controllerBlocks,
  purposeGaps,
  purposeRows,
  recipientLabel,
  recipientMap,
  retentionGap,
  retentionText,
  securityLines,
  specialConditionBlocks,
  systemMap,
  transferGaps,
  transferTable,
} from './processing';

interface Context {
  recipients: ReadonlyMap<number, ReportRecipient>;
  systems: ReadonlyMap<number, ReportSystem>;
  formats: DateFormats;
}

export function buildRecordsOfProcessing(input: RecordsInput, options: ReportOptions, generatedAt: Date): ReportDocument {
  const controlled = input.activities.filter((a) => a.role !== 'processor');
  const processed = input.activities.filter((a) => a.role === 'processor');
  const { formats, frame } = reportFrame(input.organisation, options, generatedAt, () => ({
    title: REPORT_NAMES.records_of_processing,
    subtitle: 'GDPR Article 30',
    subject: 'Records of processing activities under Article 30 of Regulation (EU) 2016/679',
    cover: [
      ['Activities as controller (Art. 30(1))', String(controlled.length)],
      ['Activities as processor (Art. 30(2))', String(processed.length)],
      ['Scope', 'Activities with status Active, not archived'],
    ],
  }));
  const ctx: Context = { recipients: recipientMap(input.recipients), systems: systemMap(input.systems), formats };
  const sections: Section[] = [
    section('Controller (Art. 30(1)(a))', 1, controllerBlocks(input.organisation)),
    section('Summary of processing activities', 1, summaryBlocks(controlled)),
    ...controlled.map((a) => section(a.name, 2, controllerActivityBlocks(a, ctx))),
  ];
  if (processed.length > 0) sections.push(...processorSections(input.organisation, processed, ctx));
  return frame(sections);
}

/**
 * One row per activity: what it is for, on which basis, and where the data goes outside the EEA.
 * The rest is in the activity's own section: repeating every field here doubled a record of
 * thousands of activities (and the transfer table is each activity's (e) again).
 */
function summaryBlocks(activities: readonly Activity[]): Block[] {
  if (activities.length === 0) {
    return [missing('No processing activity as controller: record the activities in Inventory > Activities and set their status to Active.')];
  }
  return [
    paragraph('One row per activity, with its purposes, legal bases and third countries; each activity then has its own section with every field (a) to (g) of Art. 30(1).'),
    table(
      [['Activity', 3], ['Purposes (b)', 4], ['Legal bases', 4], ['Third countries (e)', 2]],
      activities.map((a) => [
        a.name,
        joined(a.purposes.map((p) => p.purpose)),
        joined(unique(a.purposes.map((p) => (p.legalBasis === null ? 'Not recorded' : LEGAL_BASES[p.legalBasis])))),
        joined(unique(a.transfers.map((t) => countryName(t.country))), 'None'),
      ]),
    ),
  ];
}

/** The head of an activity section: what the activity is, as recorded, in one row. */
function aboutBlocks(activity: Activity, formats: DateFormats): Block[] {
  return [
    ...(activity.description.trim() === '' ? [] : [paragraph(activity.description)]),
    table(
      [['Owner', 3], ['Status', 2], ['Role', 2], ['Impact assessment (Art. 35)', 4], ['Last reviewed', 3]],
      [[
        orDash(activity.owner),
        ACTIVITY_STATUSES[activity.status],
        ACTIVITY_ROLES[activity.role],
        activity.dpiaReason.trim() === '' ? DPIA_STATES[activity.dpia] : `${DPIA_STATES[activity.dpia]}: ${activity.dpiaReason}`,
        activity.lastReviewedOn === null ? 'Never' : formats.date(activity.lastReviewedOn),
      ]],
    ),
  ];
}

/** Items of a category in one field ("a; b; c"): a line each made an activity of a large inventory over a page long. */
const items = (values: readonly string[]): string => values.join('; ');

function recipientBlocks(activity: Activity, ctx: Context): Block[] {
  if (activity.recipients.length > 0) {
    const abroad = activity.recipients.filter((r) => (ctx.recipients.get(r.id)?.countries ?? []).some(isThirdCountry));
    return [
      fields([
        ['Recipients', items(activity.recipients.map((r) => recipientLabel(r, ctx.recipients)))],
        ...(abroad.length === 0
          ? []
          : [['In third countries', abroad.length === activity.recipients.length ? 'All of the recipients above' : items(abroad.map((r) => recipientLabel(r, ctx.recipients)))] as [string, string]]),
      ]),
    ];
  }
  if (activity.noRecipients) return [paragraph('The personal data is disclosed to no one (recorded as such).')];
  return [missing(`${activity.name}: the recipients or categories of recipients, or that the data is disclosed to no one (Art. 30(1)(d)).`)];
}

function transferBlocks(activity: Activity, ctx: Context): Block[] {
  const head = activity.transfers.length === 0 ? [paragraph('No transfer to a third country or an international organisation is recorded.')] : [transferTable([activity], false)];
  return [...head, ...transferGaps(activity, ctx.recipients, ctx.systems)];
}

function securityBlocks(activity: Activity, ctx: Context): Block[] {
  const lines = securityLines(activity, ctx.systems);
  return lines.length === 0 ? [missing(`${activity.name}: a general description of the technical and organisational security measures (Art. 32(1)).`)] : [paragraph(items(lines))];
}

function controllerActivityBlocks(activity: Activity, ctx: Context): Block[] {
  const retention = retentionText(activity.retention);
  const people = [
    ...(activity.subjects.length === 0 ? [] : [['Data subjects', joined(activity.subjects.map((s) => s.name))] as [string, string]]),
    ...(activity.categories.length === 0 ? [] : [['Personal data', items(activity.categories.map(categoryLabel))] as [string, string]]),
  ];
  return [
    ...aboutBlocks(activity, ctx.formats),
    subheading('(b) Purposes of the processing'),
    ...(activity.purposes.length === 0 ? [] : [table([['Purpose', 4], ['Legal basis', 3], ['Legitimate interest', 4]], purposeRows(activity, false))]),
    ...purposeGaps(activity),
    ...specialConditionBlocks(activity),
    subheading('(c) Categories of data subjects and of personal data'),
    ...(people.length === 0 ? [] : [fields(people)]),
    ...(activity.subjects.length === 0 ? [missing(`${activity.name}: the categories of data subjects (Art. 30(1)(c)).`)] : []),
    ...(activity.categories.length === 0 ? [missing(`${activity.name}: the categories of personal data (Art. 30(1)(c)).`)] : []),
    subheading('(d) Categories of recipients, including in third countries or international organisations'),
    ...recipientBlocks(activity, ctx),
    subheading('(e) Transfers to third countries or international organisations'),
    ...transferBlocks(activity, ctx),
    subheading('(f) Time limits for erasure'),
    retention === null ? retentionGap(activity) : paragraph(retention),
    subheading('(g) Technical and organisational security measures (Art. 32(1))'),
    ...securityBlocks(activity, ctx),
  ];
}

/**
 * Art. 30(2): per controller the organisation acts for, (a) the names and contacts, (b) the
 * categories of processing carried out for it, (c) transfers, (d) security measures.
 */
function processorSections(org: Organisation, activities: readonly Activity[], ctx: Context): Section[] {
  const byController = new Map<string, Activity[]>();
  for (const a of activities) {
    const key = a.controllerFor.trim();
    byController.set(key, [...(byController.get(key) ?? []), a]);
  }
  return [
    section('Processor record (Art. 30(2))', 1, [
      subheading('(a) The processor'),
      ...controllerBlocks(org),
      paragraph('The sections below name each controller on whose behalf the organisation acts, with the processing carried out for it.'),
    ]),
    ...[...byController].map(([controller, done]) =>
      section(controller === '' ? 'Controller not recorded' : `On behalf of ${controller}`, 2, [
        ...(controller === '' ? [missing(`The controller on whose behalf ${joined(done.map((a) => a.name))} is carried out, with its contact details and representative (Art. 30(2)(a)).`)] : [paragraph(`(a) Controller: ${controller}.`)]),
        subheading('(b) Categories of processing carried out for this controller'),
        table([['Activity', 3], ['Processing', 5], ['Personal data', 4]], done.map((a) => [a.name, joined(a.purposes.map((p) => p.purpose), orDash(a.description)), joined(a.categories.map((c) => c.name))])),
        subheading('(c) Transfers to third countries or international organisations'),
        ...done.flatMap((a) => transferBlocks(a, ctx)),
        subheading('(d) Technical and organisational security measures (Art. 32(1))'),
        ...done.flatMap((a) => securityBlocks(a, ctx)),
      ]),
    ),
  ];
}
