/**
 * The packet answering one data subject request: a cover letter to the person, for a request to
 * access or know the information of GDPR Art. 15(1)(a) to (h) and 15(2) (CCPA Civ. Code
 * § 1798.110), for other requests what was done or why it was refused (Art. 12(4)), and the
 * request's timeline as recorded.
 */
import { REQUEST_TYPES, type RequestType } from '../deadlines/rules';
import type { SubjectRequest } from '../requests/records';
import { RELATIONSHIPS, REQUEST_STATUSES, TASK_ACTIONS } from '../requests/vocabulary';
import { fields, joined, list, missing, orDash, paragraph, reportFrame, section, subheading, table, unique } from './blocks';
import type { Block, ReportDocument, Section } from './document';
import type { ResponseInput } from './inputs';
import { type DateFormats, REPORT_NAMES, type ReportOptions } from './options';
import { categoryLabel, purposeRows, recipientKinds, recipientLabel, recipientMap, retentionText, sourceText, transferTable } from './processing';
import { regimeById, RIGHT_COLUMNS, rightRows } from './rights';

/** The types whose answer is the information about the processing (Art. 15; the CCPA right to know; LGPD Art. 18 I, II). */
const ACCESS_TYPES: readonly RequestType[] = ['access', 'confirmation', 'portability', 'information'];

const EVENT_KINDS: Readonly<Record<SubjectRequest['history'][number]['kind'], string>> = {
  created: 'Received and logged',
  updated: 'Details changed',
  status: 'Status changed',
  verification: 'Identity verification',
  extension: 'Deadline extended',
  pause: 'Paused or resumed',
  task: 'Task',
  note: 'Note',
  attachment: 'Attachment',
  assigned: 'Assigned',
  anonymised: 'Anonymised',
};

export function buildRequestResponse(input: ResponseInput, options: ReportOptions, generatedAt: Date): ReportDocument {
  const { request } = input;
  const { formats, frame } = reportFrame(input.organisation, options, generatedAt, () => ({
    title: REPORT_NAMES.request_response,
    subtitle: request === null ? 'No request chosen' : request.reference,
    subject: request === null ? 'Response to a data subject request' : `Response to ${request.reference}`,
    cover: request === null ? [] : [['Reference', request.reference], ['Request', joined(request.types.map((t) => REQUEST_TYPES[t]))], ['Status', REQUEST_STATUSES[request.status]]],
  }));
  if (request === null) return frame([section('Request', 1, [missing('Choose the request to answer: it was not given or no longer exists.')])]);
  if (request.anonymisedAt !== null) {
    return frame([section('Request', 1, [missing(`${request.reference} was anonymised on ${formats.instant(request.anonymisedAt)} after its retention period: the requester's details are gone, so no letter can be addressed.`)]), timeline(request, formats)]);
  }
  const sections: Section[] = [section('Letter', 1, letterBlocks(input, request, formats))];
  if (request.types.some((t) => ACCESS_TYPES.includes(t))) sections.push(section('Information about the processing of your personal data', 1, accessBlocks(input, request)));
  sections.push(timeline(request, formats));
  return frame(sections);
}

function letterBlocks(input: ResponseInput, request: SubjectRequest, formats: DateFormats): Block[] {
  const regime = regimeById(request.regimeId);
  const { requester, agent, deadline } = request;
  const due = deadline.extendedDueOn ?? deadline.dueOn;
  const blocks: Block[] = [
    fields([
      ['To', agent === null ? orDash(requester.name) : `${orDash(requester.name)}, care of ${orDash(agent.name)} (authorised agent)`],
      ['Address', orDash(agent?.contact || requester.address || requester.email)],
      ['Our reference', request.reference],
      ['Received on', formats.date(request.receivedOn)],
      ['Answer due by', due === null ? deadline.dueText : formats.date(due)],
      ['Law', regime === null ? 'Not chosen' : `${regime.name} (${regime.law})`],
    ]),
  ];
  if (requester.name.trim() === '') blocks.push(missing("The requester's name: record it on the request."));
  if (regime === null) blocks.push(missing('The law the request is handled under: choose the regime on the request.'));
  const name = requester.name.trim() === '' ? 'Sir or Madam' : requester.name;
  blocks.push(paragraph(`Dear ${name},`));
  blocks.push(paragraph(`Thank you for your request of ${formats.date(request.receivedOn)} (${joined(request.types.map((t) => REQUEST_TYPES[t]))}), our reference ${request.reference}.`));
  if (request.extension !== null) blocks.push(paragraph(`We extended the time to answer to ${due === null ? deadline.dueText : formats.date(due)}: ${request.extension.reason}`));
  blocks.push(...outcomeBlocks(request, formats));
  if (input.organisation.name.trim() !== '') blocks.push(paragraph(`Yours sincerely,\n${input.organisation.name}`));
  return blocks;
}

/** What was done, or why not, as the request's status, outcome and ticked tasks record it. */
function outcomeBlocks(request: SubjectRequest, formats: DateFormats): Block[] {
  const done = request.tasks.filter((t) => t.doneAt !== null);
  const doneList = done.length === 0 ? [] : [subheading('What we did'), list(done.map((t) => `${t.description || `${TASK_ACTIONS[t.action]}: ${t.systemName}`} (${formats.instant(t.doneAt!)})`))];
  const reason = request.outcomeReason.trim();
  const complaint = request.regimeId === 'eu_gdpr' || request.regimeId === 'uk_gdpr'
    ? [paragraph('If you disagree, you may lodge a complaint with a supervisory authority and seek a judicial remedy (Art. 12(4), 77, 79).')]
    : [];
  switch (request.status) {
    case 'completed':
      return [paragraph(`We have completed your request${request.closedOn === null ? '' : ` on ${formats.date(request.closedOn)}`}.`), ...(reason === '' ? [] : [paragraph(reason)]), ...doneList];
    case 'partially_completed':
      return [
        paragraph(`We have completed part of your request${request.closedOn === null ? '' : ` on ${formats.date(request.closedOn)}`}.`),
        ...doneList,
        ...(reason === '' ? [missing('What was left out of the answer and why: record it as the outcome reason on the request.')] : [subheading('What we could not do, and why'), paragraph(reason)]),
        ...complaint,
      ];
    case 'denied':
      return [
        paragraph('We cannot act on your request.'),
        ...(reason === '' ? [missing('The reasons for refusing the request (Art. 12(4)): record them as the outcome reason on the request.')] : [subheading('Why'), paragraph(reason)]),
        ...complaint,
      ];
    case 'withdrawn':
      return [paragraph(`You withdrew your request${request.closedOn === null ? '' : ` on ${formats.date(request.closedOn)}`}; we have closed it.`)];
    default:
      return [paragraph(`Your request is ${REQUEST_STATUSES[request.status].toLowerCase()}.`), ...doneList, missing('The request is still open: the outcome can be stated once it is closed.')];
  }
}

/** Art. 15(1)(a) to (h) and 15(2) from the activities about people of the requester's kind. */
function accessBlocks(input: ResponseInput, request: SubjectRequest): Block[] {
  const { activities } = input;
  const recipients = recipientMap(input.recipients);
  const regime = regimeById(request.regimeId);
  if (activities.length === 0) {
    return [missing(`No active processing activity concerns people of the requester's kind (${RELATIONSHIPS[request.requester.relationship]}): check the data subjects of the activities, or the requester's relationship.`)];
  }
  const transfers = activities.filter((a) => a.transfers.length > 0);
  const retained = activities.map((a) => [a.name, retentionText(a.retention) ?? 'Not recorded']);
  return [
    paragraph('We process personal data about you in the activities below.'),
    subheading('(a) Purposes and legal bases'),
    table([['Activity', 3], ['Purpose', 4], ['Legal basis', 3], ['Legitimate interest', 4]], activities.flatMap((a) => purposeRows(a, true))),
    subheading('(b) Categories of personal data'),
    list(unique(activities.flatMap((a) => a.categories.map(categoryLabel)))),
    subheading('(c) Recipients'),
    ...(activities.some((a) => a.recipients.length > 0)
      ? [table([['Activity', 3], ['Kinds of recipient', 4], ['Recipients', 5]], activities.filter((a) => a.recipients.length > 0).map((a) => [a.name, joined(recipientKinds(a)), a.recipients.map((r) => recipientLabel(r, recipients)).join('; ')]))]
      : []),
    ...activities.filter((a) => a.recipients.length === 0 && !a.noRecipients).map((a) => missing(`${a.name}: who receives the data, or that it is disclosed to no one (Art. 15(1)(c)).`)),
    subheading('Transfers to third countries and their safeguards (Art. 15(2))'),
    transfers.length === 0 ? paragraph('We do not transfer this data to a third country or an international organisation.') : transferTable(transfers, true),
    subheading('(d) How long we keep it'),
    table([['Activity', 3], ['How long', 6]], retained),
    ...activities.filter((a) => retentionText(a.retention) === null).map((a) => missing(`${a.name}: how long the data is kept (Art. 15(1)(d)).`)),
    subheading('(e), (f) Your rights'),
    regime === null ? missing('The law the request is handled under: choose the regime on the request, so that the rights are listed.') : table(RIGHT_COLUMNS, rightRows([regime])),
    subheading('(g) Where the data comes from'),
    table([['Activity', 3], ['Source', 6]], activities.map((a) => [a.name, sourceText(a)])),
    subheading('(h) Automated decision-making'),
    missing('The inventory does not record automated decision-making or profiling (Art. 22): state whether any applies to this person.'),
  ];
}

function timeline(request: SubjectRequest, formats: DateFormats): Section {
  if (request.history.length === 0) return section('Timeline', 1, [missing('No event is recorded for this request.')]);
  return section('Timeline', 1, [
    table(
      [['When', 3], ['Event', 2], ['Detail', 6]],
      request.history.map((e) => [
        formats.instant(e.at),
        EVENT_KINDS[e.kind],
        e.toStatus === null ? orDash(e.detail) : joined([`${e.fromStatus === null ? '' : `${REQUEST_STATUSES[e.fromStatus]} → `}${REQUEST_STATUSES[e.toStatus]}`, e.detail].filter((part) => part.trim() !== '')),
      ]),
    ),
  ]);
}
