/**
 * The records of processing activities, GDPR Art. 30: the controller's record (30(1)(a) to (g)),
 * one section per activity and summary tables, and the processor's record (30(2)(a) to (d)) for the
 * activities carried out on behalf of another controller.
 */
import type { Activity, Organisation } from '../inventory/records';
import { ACTIVITY_ROLES, ACTIVITY_STATUSES, DPIA_STATES, LEGAL_BASES } from '../inventory/vocabulary';
import { countryName, fields, isThirdCountry, joined, list, missing, orDash, paragraph, reportFrame, section, subheading, table, unique } from './blocks';
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

function summaryBlocks(activities: readonly Activity[]): Block[] {
  if (activities.length === 0) {
    return [missing('No processing activity as controller: record the activities in Inventory > Activities and set their status to Active.')];
  }
  const transfers = activities.filter((a) => a.transfers.length > 0);
  return [
    paragraph('One row per activity; each activity then has its own section with the fields (a) to (g) of Art. 30(1).'),
    table(
      [['Activity', 3], ['Purposes (b)', 4], ['Legal bases', 3], ['Data subjects (c)', 3], ['Personal data (c)', 4], ['Recipients (d)', 3], ['Third countries (e)', 2], ['Erasure (f)', 3]],
      activities.map((a) => [
        a.name,
        joined(a.purposes.map((p) => p.purpose)),
        joined(unique(a.purposes.map((p) => (p.legalBasis === null ? 'Not recorded' : LEGAL_BASES[p.legalBasis])))),
        joined(a.subjects.map((s) => s.name)),
        joined(a.categories.map((c) => c.name)),
        a.noRecipients && a.recipients.length === 0 ? 'None (disclosed to no one)' : joined(a.recipients.map((r) => r.name)),
        joined(unique(a.transfers.map((t) => countryName(t.country)))),
        retentionText(a.retention) ?? 'Not recorded',
      ]),
    ),
    ...(transfers.length === 0
      ? [paragraph('No transfer to a third country or an international organisation is recorded.')]
      : [subheading('Transfers to third countries or international organisations (Art. 30(1)(e))'), transferTable(transfers, true)]),
  ];
}

/** The head of an activity section: what the activity is, as recorded. */
function aboutBlocks(activity: Activity, formats: DateFormats): Block[] {
  return [
    ...(activity.description.trim() === '' ? [] : [paragraph(activity.description)]),
    fields([
      ['Owner', orDash(activity.owner)],
      ['Status', ACTIVITY_STATUSES[activity.status]],
      ['Role', ACTIVITY_ROLES[activity.role]],
      ['Impact assessment (Art. 35)', activity.dpiaReason.trim() === '' ? DPIA_STATES[activity.dpia] : `${DPIA_STATES[activity.dpia]}: ${activity.dpiaReason}`],
      ['Last reviewed', activity.lastReviewedOn === null ? 'Never' : formats.date(activity.lastReviewedOn)],
    ]),
  ];
}

function recipientBlocks(activity: Activity, ctx: Context): Block[] {
  if (activity.recipients.length > 0) return [list(activity.recipients.map((r) => recipientLabel(r, ctx.recipients)))];
  if (activity.noRecipients) return [paragraph('The personal data is disclosed to no one (recorded as such).')];
  return [missing(`${activity.name}: the recipients or categories of recipients, or that the data is disclosed to no one (Art. 30(1)(d)).`)];
}

function transferBlocks(activity: Activity, ctx: Context): Block[] {
  const head = activity.transfers.length === 0 ? [paragraph('No transfer to a third country or an international organisation is recorded.')] : [transferTable([activity], false)];
  return [...head, ...transferGaps(activity, ctx.recipients, ctx.systems)];
}

function securityBlocks(activity: Activity, ctx: Context): Block[] {
  const lines = securityLines(activity, ctx.systems);
  return lines.length === 0 ? [missing(`${activity.name}: a general description of the technical and organisational security measures (Art. 32(1)).`)] : [list(lines)];
}

function controllerActivityBlocks(activity: Activity, ctx: Context): Block[] {
  const thirdCountryRecipients = activity.recipients.filter((r) => (ctx.recipients.get(r.id)?.countries ?? []).some(isThirdCountry));
  const retention = retentionText(activity.retention);
  return [
    ...aboutBlocks(activity, ctx.formats),
    subheading('(b) Purposes of the processing'),
    ...(activity.purposes.length === 0 ? [] : [table([['Purpose', 4], ['Legal basis', 3], ['Legitimate interest', 4]], purposeRows(activity, false))]),
    ...purposeGaps(activity),
    ...specialConditionBlocks(activity),
    subheading('(c) Categories of data subjects and of personal data'),
    ...(activity.subjects.length === 0
      ? [missing(`${activity.name}: the categories of data subjects (Art. 30(1)(c)).`)]
      : [fields([['Data subjects', joined(activity.subjects.map((s) => s.name))]])]),
    ...(activity.categories.length === 0 ? [missing(`${activity.name}: the categories of personal data (Art. 30(1)(c)).`)] : [list(activity.categories.map(categoryLabel))]),
    subheading('(d) Categories of recipients, including in third countries or international organisations'),
    ...recipientBlocks(activity, ctx),
    ...(thirdCountryRecipients.length === 0 ? [] : [paragraph(`In third countries: ${thirdCountryRecipients.map((r) => recipientLabel(r, ctx.recipients)).join('; ')}.`)]),
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
