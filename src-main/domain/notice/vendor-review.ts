/**
 * The vendor review report: the register with risk tiers and next reviews, then one section per
 * vendor with what it receives, its contract (Art. 28(3)), transfers (Chapter V) with their
 * mechanisms and assessments, sub-processors (Art. 28(2), (4)), certifications, the security
 * questionnaire (Art. 28(1), 32), findings, the reasons for its tier and the review decisions.
 */
import { SCC_MODULES, CERTIFICATIONS, DPA_STATUSES, ANSWER_VALUES, FINDING_SEVERITIES, REVIEW_DECISIONS, RISK_TIERS, SERVICE_KINDS, VENDOR_ROLES, VENDOR_TRANSFER_MECHANISMS } from '../vendors/vocabulary';
import { VENDOR_FLAGS } from '../vendors/flags';
import { countryName, fields, joined, missing, orDash, paragraph, reportFrame, section, subheading, table } from './blocks';
import type { Block, ReportDocument, Section } from './document';
import type { VendorEntry, VendorInput } from './inputs';
import { type DateFormats, REPORT_NAMES, type ReportOptions } from './options';
import { categoryLabel } from './processing';

const TRANSFER_STATUSES = { eea: 'EEA', adequate: 'Adequacy decision', partially_adequate: 'Adequacy for some recipients', third_country: 'No adequacy' } as const;

export function buildVendorReview(input: VendorInput, options: ReportOptions, generatedAt: Date): ReportDocument {
  const { vendors } = input;
  const { formats, frame } = reportFrame(input.organisation, options, generatedAt, () => ({
    title: REPORT_NAMES.vendor_review,
    subtitle: 'Processors and other vendors receiving personal data',
    subject: 'Vendor register, contracts, transfers and security reviews',
    cover: [
      ['Vendors', String(vendors.length)],
      ['High risk', String(vendors.filter((v) => v.risk.tier === 'high').length)],
      ['Scope', options.vendorIds && options.vendorIds.length > 0 ? 'Chosen vendors' : 'All vendors'],
    ],
  }));
  const date = (d: string | null) => (d === null ? '—' : formats.date(d));
  const register: Block[] = [
    ...(vendors.length === 0 ? [missing('No vendor is recorded: add a vendor profile to a recipient in Vendors.')] : []),
    ...input.notFound.map((id) => missing(`Recipient #${id} has no vendor profile (or no longer exists): save a profile for it in Vendors.`)),
  ];
  if (vendors.length > 0) {
    register.push(
      table(
        [['Vendor', 4], ['Role', 3], ['Tier', 2], ['Points', 2, 'right'], ['Next review', 3], ['Processing agreement', 3], ['Flags', 4]],
        vendors.map((v) => [v.profile.name, VENDOR_ROLES[v.profile.role], RISK_TIERS[v.risk.tier], String(v.risk.points), date(v.nextReviewOn), DPA_STATUSES[v.profile.dpaStatus], joined(v.flags.map((f) => VENDOR_FLAGS[f]))]),
      ),
    );
  }
  return frame([section('Register', 1, register), ...vendors.map((v) => vendorSection(v, formats))]);
}

function vendorSection(v: VendorEntry, formats: DateFormats): Section {
  const date = (d: string | null) => (d === null ? '—' : formats.date(d));
  const p = v.profile;
  const receives = v.activities.length > 0 || v.systems.length > 0;
  return section(p.name, 1, [
    fields([
      ['Role', VENDOR_ROLES[p.role]],
      ['Services', joined(p.services.map((s) => SERVICE_KINDS[s]))],
      ['Contact', orDash(p.contact)],
      ['Privacy contact', orDash(p.privacyContact)],
      ['Website', orDash(p.website)],
      ['Risk', `${RISK_TIERS[v.risk.tier]} (${v.risk.points} points)`],
      ['Last review', date(p.lastReviewedOn)],
      ['Next review', date(v.nextReviewOn)],
      ['Flags', joined(v.flags.map((f) => VENDOR_FLAGS[f]), 'None')],
    ]),
    subheading('What it receives (from the inventory)'),
    ...(receives
      ? [
          fields([
            ['Activities', joined(v.activities.map((a) => a.name))],
            ['Systems it processes', joined(v.systems.map((s) => s.name))],
            ['Data categories', joined(v.categories.map(categoryLabel))],
            ['Data subjects', joined(v.subjects.map((s) => s.name))],
          ]),
        ]
      : [paragraph('No active activity or system sends it personal data.')]),
    subheading('Contract'),
    fields([
      ['Processing agreement (Art. 28(3))', DPA_STATUSES[p.dpaStatus]],
      ['Signed on', date(p.dpaSignedOn)],
      ['Agreement reference', orDash(p.dpaReference)],
      ['Contract start', date(p.contractStart)],
      ['Contract end', date(p.contractEnd)],
      ['Notice period', p.noticePeriodDays === null ? '—' : `${p.noticePeriodDays} days`],
    ]),
    ...(receives && p.dpaStatus !== 'signed' ? [missing(`${p.name} receives personal data without a signed processing agreement (Art. 28(3)).`)] : []),
    subheading('Transfers'),
    ...(v.transfers.length === 0
      ? [paragraph('No country is recorded for this vendor.')]
      : [
          table(
            [['Country', 3], ['Status', 3], ['Mechanism', 4], ['Transfer impact assessment', 3], ['Document', 3], ['Covered', 2]],
            v.transfers.map((t) => [
              countryName(t.country),
              TRANSFER_STATUSES[t.status],
              t.mechanism === null ? 'None recorded' : `${VENDOR_TRANSFER_MECHANISMS[t.mechanism]}${t.sccModule === null ? '' : `, ${SCC_MODULES[t.sccModule]}`}${t.source === 'inventory' ? ' (from the inventory)' : ''}`,
              t.tiaDone ? `Done${t.tiaOn === null ? '' : `, ${formats.date(t.tiaOn)}`}` : 'Not done',
              orDash(t.documentRef),
              t.covered ? 'Yes' : 'No',
            ]),
          ),
        ]),
    ...v.transfers.filter((t) => !t.covered).map((t) => missing(`A valid transfer mechanism for ${countryName(t.country)} (Chapter V GDPR).`)),
    subheading('Sub-processors'),
    v.subProcessors.length === 0
      ? paragraph('No sub-processor is recorded.')
      : table([['Sub-processor', 3], ['Service', 4], ['Countries', 3], ['Change notified on', 3]], v.subProcessors.map((s) => [s.name, orDash(s.service), joined(s.countries.map(countryName)), date(s.notifiedOn)])),
    subheading('Certifications'),
    v.certifications.length === 0
      ? paragraph('No certification is recorded.')
      : table([['Certification', 3], ['Scope', 4], ['Expires on', 3], ['Reference', 3]], v.certifications.map((c) => [CERTIFICATIONS[c.kind], orDash(c.detail), date(c.expiresOn), orDash(c.reference)])),
    subheading('Security questionnaire'),
    ...questionnaireBlocks(v),
    subheading('Findings'),
    v.findings.length === 0
      ? paragraph('No finding is recorded.')
      : table(
          [['Finding', 5], ['Severity', 2], ['Owner', 3], ['Due', 3], ['Status', 3]],
          v.findings.map((f) => [f.title, FINDING_SEVERITIES[f.severity], orDash(f.owner), date(f.dueOn), f.status === 'closed' ? `Closed ${date(f.closedOn)}` : f.overdue ? 'Open, overdue' : 'Open']),
        ),
    subheading('Why this tier'),
    v.risk.reasons.length === 0 ? paragraph('No risk factor applies.') : table([['Reason', 8], ['Points', 2, 'right']], v.risk.reasons.map((r) => [r.message, String(r.points)])),
    subheading('Review decisions'),
    v.reviews.length === 0
      ? missing(`${p.name} has never been reviewed: record a review decision in Vendors.`)
      : table(
          [['Reviewed on', 3], ['Decision', 3], ['Conditions or reasons', 5], ['Reviewer', 3], ['Tier then', 2], ['Score then', 2, 'right']],
          v.reviews.map((r) => [formats.date(r.reviewedOn), REVIEW_DECISIONS[r.decision], orDash(r.conditions), orDash(r.reviewer), `${RISK_TIERS[r.tier]} (${r.points})`, r.score === null ? '—' : String(r.score)]),
        ),
  ]);
}

/** Each question with the answer and evidence, then the score; unanswered questions are gaps. */
function questionnaireBlocks(v: VendorEntry): Block[] {
  const { questions, answers, result } = v.questionnaire;
  if (result === null) return [missing(`${v.profile.name}: the security questionnaire has not been answered.`)];
  const byQuestion = new Map(answers.map((a) => [a.questionId, a]));
  return [
    paragraph(`Score ${result.score} of 100, ${result.answered} of ${questions.length} questions answered.`),
    table(
      [['Question', 6], ['Weight', 1, 'right'], ['Answer', 2], ['Evidence', 4]],
      questions.map((q) => {
        const answer = byQuestion.get(q.id);
        return [q.text, String(q.weight), answer === undefined ? 'Not answered' : ANSWER_VALUES[answer.value], orDash(answer?.evidence)];
      }),
    ),
    ...(result.unanswered.length === 0 ? [] : [missing(`${result.unanswered.length} question(s) not answered: ${result.unanswered.join(', ')}.`)]),
  ];
}
