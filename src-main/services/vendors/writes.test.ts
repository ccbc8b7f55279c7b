import { beforeAll, describe, expect, it } from 'vitest';
import { taxonomyIds, useInventoryRig } from '../../../test/helpers/inventory-rig';
import type { CallInput } from '../../contract';
import { DEFAULT_QUESTIONS } from '../../domain/vendors/questionnaire';
import { addMonths } from '../../domain/deadlines/calendar';

const rig = useInventoryRig();
const TODAY = '2026-11-29'; // the rig's clock, UTC
const ids = { email: 0, name: 0, customer: 0 };

beforeAll(async () => {
  const taxonomy = await taxonomyIds(rig());
  ids.email = taxonomy.category('user.contact.email');
  ids.name = taxonomy.category('user.name');
  ids.customer = taxonomy.subject('customer');
});

const recipient = async (name: string, countries: string[] = ['DE']) => (await rig().call('inventory.recipients.save', { name, kind: 'processor', countries })).id;
const vendor = async (name: string, profile: Partial<CallInput<'vendors.saveProfile'>> = {}, countries?: string[]) => {
  const recipientId = await recipient(name, countries);
  await rig().call('vendors.saveProfile', { recipientId, dpaStatus: 'signed', ...profile });
  return recipientId;
};
const get = (recipientId: number) => rig().call('vendors.get', { recipientId });
const codes = async (recipientId: number) => (await get(recipientId)).risk.reasons.map((r) => r.code);
const allYes = (recipientId: number) =>
  rig().call('vendors.saveAnswers', { recipientId, answers: DEFAULT_QUESTIONS.map((q) => ({ questionId: q.id, value: 'yes' as const })) });

/** The call fails with `code` and the vendor reads exactly as before. */
async function refusedUnchanged(recipientId: number, name: Parameters<ReturnType<typeof rig>['fail']>[0], input: unknown, code: string) {
  const before = await get(recipientId);
  const error = await rig().fail(name, input);
  expect(error.code).toBe(code);
  expect(await get(recipientId)).toEqual(before);
  return error;
}

describe('vendors.saveTransfers: the mechanism recorded on the vendor wins over the inventory’s', () => {
  it('merges own countries, inventory transfers and recorded mechanisms, with their source', async () => {
    const id = await vendor('Transfer Tester', {}, ['DE', 'CN']);
    await rig().call('inventory.activities.save', { name: 'Helpdesk abroad', categoryIds: [ids.name], transfers: [{ country: 'IN', recipientId: id, mechanism: 'scc' }] });
    let detail = await get(id);
    expect(detail.transfers.map((t) => [t.country, t.mechanism, t.source, t.covered])).toEqual([
      ['CN', null, null, false],
      ['DE', null, null, true],
      ['IN', 'scc', 'inventory', true],
    ]);
    expect(detail.risk.reasons.find((r) => r.code === 'transfer_no_mechanism')?.message).toContain('CN');
    expect(detail.flags).toContain('transfer_without_mechanism');

    detail = await rig().call('vendors.saveTransfers', {
      recipientId: id,
      transfers: [
        { country: 'IN', mechanism: 'none' },
        { country: 'CN', mechanism: 'scc', sccModule: 2, tiaDone: true, tiaOn: '2026-05-01', documentRef: 'DPA annex 3' },
        { country: 'BR', mechanism: 'bcr' },
      ],
    });
    expect(detail.transfers).toEqual([
      { country: 'BR', status: 'third_country', mechanism: 'bcr', source: 'vendor', sccModule: null, tiaDone: false, tiaOn: null, documentRef: '', covered: true },
      { country: 'CN', status: 'third_country', mechanism: 'scc', source: 'vendor', sccModule: 2, tiaDone: true, tiaOn: '2026-05-01', documentRef: 'DPA annex 3', covered: true },
      { country: 'DE', status: 'eea', mechanism: null, source: null, sccModule: null, tiaDone: false, tiaOn: null, documentRef: '', covered: true },
      { country: 'IN', status: 'third_country', mechanism: 'none', source: 'vendor', sccModule: null, tiaDone: false, tiaOn: null, documentRef: '', covered: false },
    ]);
    expect(detail.risk.reasons.find((r) => r.code === 'transfer_no_mechanism')?.message).toContain('IN');
    expect(detail.risk.reasons.find((r) => r.code === 'transfer_no_mechanism')?.message).not.toContain('CN');

    detail = await rig().call('vendors.saveTransfers', { recipientId: id, transfers: [{ country: 'CN', mechanism: 'adequacy' }] });
    // Adequacy claimed for a third country is no mechanism; IN falls back to the inventory's SCC.
    expect(detail.transfers.filter((t) => !t.covered).map((t) => t.country)).toEqual(['CN']);
    expect(detail.transfers.find((t) => t.country === 'IN')).toMatchObject({ mechanism: 'scc', source: 'inventory' });
  });

  it('refuses a module without SCC and a vendor without profile, changing nothing', async () => {
    const id = await vendor('Module Tester');
    const error = await refusedUnchanged(id, 'vendors.saveTransfers', { recipientId: id, transfers: [{ country: 'US', mechanism: 'bcr', sccModule: 2 }] }, 'VALIDATION');
    expect(error.fields).toHaveProperty(['transfers.0.sccModule']);
    const bare = await recipient('Bare Transfers');
    expect((await rig().fail('vendors.saveTransfers', { recipientId: bare, transfers: [] })).code).toBe('NOT_FOUND');
  });
});

describe('sub-processors and certifications', () => {
  it('adds, updates and deletes a sub-processor, its own recipient optional', async () => {
    const id = await vendor('Main Cloud');
    const sub = await recipient('Sub Storage');
    let detail = await rig().call('vendors.saveSubProcessor', { recipientId: id, name: 'Sub Storage', subRecipientId: sub, countries: ['US', 'US', 'IE'], notifiedOn: '2026-10-01' });
    expect(detail.subProcessors).toEqual([{ id: expect.any(Number), name: 'Sub Storage', subRecipientId: sub, service: '', countries: ['US', 'IE'], notifiedOn: '2026-10-01' }]);
    const subId = detail.subProcessors[0]!.id;
    detail = await rig().call('vendors.saveSubProcessor', { recipientId: id, id: subId, name: 'Sub Storage Ltd', service: 'Backups' });
    expect(detail.subProcessors).toEqual([{ id: subId, name: 'Sub Storage Ltd', subRecipientId: null, service: 'Backups', countries: [], notifiedOn: null }]);

    const other = await vendor('Other Cloud');
    await refusedUnchanged(other, 'vendors.saveSubProcessor', { recipientId: other, id: subId, name: 'Stolen' }, 'NOT_FOUND');
    await refusedUnchanged(other, 'vendors.deleteSubProcessor', { recipientId: other, id: subId }, 'NOT_FOUND');
    expect((await get(id)).subProcessors[0]!.name).toBe('Sub Storage Ltd');
    const error = await refusedUnchanged(id, 'vendors.saveSubProcessor', { recipientId: id, name: 'Ghost', subRecipientId: 987_654 }, 'VALIDATION');
    expect(error.fields).toHaveProperty('subRecipientId');
    expect((await rig().fail('vendors.saveSubProcessor', { recipientId: id, name: 'Me', subRecipientId: id })).code).toBe('VALIDATION');

    detail = await rig().call('vendors.deleteSubProcessor', { recipientId: id, id: subId });
    expect(detail.subProcessors).toEqual([]);
  });

  it('keeps certifications with their expiry flags', async () => {
    const id = await vendor('Certified Co');
    let detail = await rig().call('vendors.saveCertification', { recipientId: id, kind: 'iso_27001', expiresOn: '2026-12-31', reference: 'cert-1' });
    expect(detail.certifications).toEqual([{ id: expect.any(Number), kind: 'iso_27001', detail: '', expiresOn: '2026-12-31', reference: 'cert-1' }]);
    expect(detail.flags).toContain('certification_expiring');
    const certId = detail.certifications[0]!.id;
    detail = await rig().call('vendors.saveCertification', { recipientId: id, id: certId, kind: 'iso_27001', expiresOn: '2026-11-28' });
    expect(detail.flags).toContain('certification_expired');
    expect(detail.flags).not.toContain('certification_expiring');
    expect((await rig().fail('vendors.saveCertification', { recipientId: id, kind: 'other' })).code).toBe('VALIDATION');
    const other = await vendor('Uncertified Co');
    await refusedUnchanged(other, 'vendors.deleteCertification', { recipientId: other, id: certId }, 'NOT_FOUND');
    detail = await rig().call('vendors.deleteCertification', { recipientId: id, id: certId });
    expect(detail.certifications).toEqual([]);
    expect(detail.flags.filter((f) => f.startsWith('certification'))).toEqual([]);
  });
});

describe('questionnaire and findings move the risk', () => {
  it('answers: never reviewed, then weak, then good; a later answer replaces the earlier one', async () => {
    const id = await vendor('Scored Co');
    expect(await codes(id)).toContain('never_reviewed');
    expect((await get(id)).questionnaire.result).toBeNull();
    let detail = await rig().call('vendors.saveAnswers', { recipientId: id, answers: [{ questionId: 'mfa', value: 'no', evidence: 'none' }] });
    expect(detail.questionnaire.answers).toEqual([{ questionId: 'mfa', value: 'no', evidence: 'none' }]);
    expect(detail.questionnaire.result).toMatchObject({ score: 0, answered: 1 });
    expect(detail.risk.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['weak_security']));
    expect(detail.risk.reasons.map((r) => r.code)).not.toContain('never_reviewed');
    detail = await allYes(id);
    expect(detail.questionnaire.result).toMatchObject({ score: 100, answered: DEFAULT_QUESTIONS.length, unanswered: [] });
    expect(detail.questionnaire.answers.find((a) => a.questionId === 'mfa')).toEqual({ questionId: 'mfa', value: 'yes', evidence: '' });
    expect(detail.risk).toEqual({ tier: 'low', points: 0, reasons: [] });
  });

  it('refuses answers to a question not in the questionnaire, naming the field, changing nothing', async () => {
    const id = await vendor('Unknown Answer Co');
    const error = await refusedUnchanged(
      id,
      'vendors.saveAnswers',
      { recipientId: id, answers: [{ questionId: 'mfa', value: 'yes' }, { questionId: 'astrology', value: 'yes' }] },
      'VALIDATION',
    );
    expect(error.fields).toHaveProperty(['answers.1.questionId']);
  });

  it('findings: open ones add points; overdue when past due; closing dates it today, reopening clears it', async () => {
    const id = await vendor('Finding Co');
    await allYes(id);
    let detail = await rig().call('vendors.saveFinding', { recipientId: id, title: 'No MFA on admin', severity: 'critical', owner: 'CISO', dueOn: '2026-11-28' });
    const finding = detail.findings[0]!;
    expect(finding).toMatchObject({ status: 'open', closedOn: null, overdue: true, owner: 'CISO' });
    expect(detail.risk.reasons).toEqual([expect.objectContaining({ code: 'open_findings', points: 20, message: 'Open findings: 1 critical.' })]);
    detail = await rig().call('vendors.saveFinding', { recipientId: id, title: 'Old logs', severity: 'low', dueOn: TODAY });
    expect(detail.findings.find((f) => f.title === 'Old logs')!.overdue).toBe(false);
    expect(detail.risk.points).toBe(21);

    detail = await rig().call('vendors.saveFinding', { recipientId: id, id: finding.id, title: 'No MFA on admin', severity: 'critical', dueOn: '2026-11-28', status: 'closed' });
    expect(detail.findings.find((f) => f.id === finding.id)).toMatchObject({ status: 'closed', closedOn: TODAY, overdue: false });
    expect(detail.risk.points).toBe(1);
    rig().clock.set('2026-11-30T10:00:00Z');
    try {
      // Edited while closed: keeps the day it was closed.
      detail = await rig().call('vendors.saveFinding', { recipientId: id, id: finding.id, title: 'No MFA on admin (fixed)', severity: 'critical', status: 'closed' });
      expect(detail.findings.find((f) => f.id === finding.id)!.closedOn).toBe(TODAY);
    } finally {
      rig().clock.set('2026-11-29T10:00:00Z');
    }
    detail = await rig().call('vendors.saveFinding', { recipientId: id, id: finding.id, title: 'No MFA on admin', severity: 'critical', status: 'open' });
    expect(detail.findings.find((f) => f.id === finding.id)).toMatchObject({ status: 'open', closedOn: null });
    const other = await vendor('Finding Thief');
    await refusedUnchanged(other, 'vendors.saveFinding', { recipientId: other, id: finding.id, title: 'Mine now', severity: 'low' }, 'NOT_FOUND');
  });
});

describe('vendors.recordReview', () => {
  it('snapshots the risk as it stands, moves the last review and the next one by the cadence', async () => {
    const id = await vendor('Reviewed Co', { volumeBand: 'from_100k' });
    await rig().call('vendors.saveAnswers', { recipientId: id, answers: [{ questionId: 'mfa', value: 'yes' }] });
    const before = await get(id);
    expect(before.nextReviewOn).toBe(TODAY);
    const detail = await rig().call('vendors.recordReview', { recipientId: id, reviewedOn: '2026-11-20', decision: 'approved_with_conditions', conditions: 'Add MFA', reviewer: 'DPO' });
    expect(detail.reviews).toEqual([
      {
        id: expect.any(Number),
        reviewedOn: '2026-11-20',
        decision: 'approved_with_conditions',
        conditions: 'Add MFA',
        reviewer: 'DPO',
        tier: before.risk.tier,
        points: before.risk.points,
        score: before.questionnaire.result!.score,
        reasons: before.risk.reasons,
        recordedAt: '2026-11-29T10:00:00.000Z',
      },
    ]);
    expect(detail.profile.lastReviewedOn).toBe('2026-11-20');
    expect(detail.nextReviewOn).toBe(addMonths('2026-11-20', { high: 6, medium: 12, low: 24 }[detail.risk.tier]));
    expect(detail.flags).not.toContain('review_overdue');

    // An older review joins the history (newest first) without moving the last review back.
    const older = await rig().call('vendors.recordReview', { recipientId: id, reviewedOn: '2025-01-10', decision: 'rejected', conditions: 'No DPA' });
    expect(older.reviews.map((r) => r.reviewedOn)).toEqual(['2026-11-20', '2025-01-10']);
    expect(older.profile.lastReviewedOn).toBe('2026-11-20');
    // The profile's date edited back: the latest review still counts.
    const edited = await rig().call('vendors.saveProfile', { recipientId: id, dpaStatus: 'signed', volumeBand: 'from_100k', lastReviewedOn: '2024-01-01' });
    expect(edited.nextReviewOn).toBe(detail.nextReviewOn);
  });

  it('refuses a review in the future or without the conditions of a rejection, changing nothing', async () => {
    const id = await vendor('Future Review Co');
    const error = await refusedUnchanged(id, 'vendors.recordReview', { recipientId: id, reviewedOn: '2026-11-30', decision: 'approved' }, 'VALIDATION');
    expect(error.fields).toHaveProperty('reviewedOn');
    await refusedUnchanged(id, 'vendors.recordReview', { recipientId: id, reviewedOn: '2026-11-01', decision: 'rejected' }, 'VALIDATION');
  });
});

describe('vendors.delete', () => {
  it('is refused while an activity, a system or another vendor refers to it, naming them; then succeeds', async () => {
    const id = await vendor('Referenced Co');
    const parent = await vendor('Parent Co');
    const act = await rig().call('inventory.activities.save', { name: 'Order shipping', categoryIds: [ids.email], recipientIds: [id] });
    const system = await rig().call('inventory.systems.save', { name: 'Warehouse app', kind: 'saas', processorId: id });
    const withSub = await rig().call('vendors.saveSubProcessor', { recipientId: parent, name: 'Referenced Co', subRecipientId: id });
    await rig().call('vendors.saveCertification', { recipientId: id, kind: 'pci_dss' });
    const fingerprint = rig().fingerprint();

    const refused = await refusedUnchanged(id, 'vendors.delete', { recipientId: id }, 'CONFLICT');
    expect(refused.message).toContain('processing activity “Order shipping”');
    expect(refused.message).toContain('system “Warehouse app”');
    expect(refused.message).toContain('vendor “Parent Co” (as a sub-processor)');
    expect(refused.message).toMatch(/Unlink .* or archive/);
    expect(rig().fingerprint()).toBe(fingerprint);
    // The inventory's own delete sees the sub-processor link too.
    expect((await rig().fail('inventory.recipients.delete', { id })).message).toContain('recipient “Parent Co”');

    await rig().call('inventory.activities.delete', { id: act.id, confirmed: true });
    await rig().call('inventory.systems.delete', { id: system.id, confirmed: true });
    expect((await rig().fail('vendors.delete', { recipientId: id })).message).not.toContain('Order shipping');
    await rig().call('vendors.deleteSubProcessor', { recipientId: parent, id: withSub.subProcessors[0]!.id });

    expect(await rig().call('vendors.delete', { recipientId: id })).toEqual({ deleted: true });
    expect((await rig().fail('vendors.get', { recipientId: id })).code).toBe('NOT_FOUND');
    expect((await rig().fail('inventory.recipients.get', { id })).code).toBe('NOT_FOUND');
    for (const table of ['vendor_profile', 'vendor_certification']) {
      expect(rig().db().prepare(`SELECT count(*) AS n FROM ${table} WHERE recipient_id = ?`).get(id), table).toEqual({ n: 0 });
    }
    expect((await rig().fail('vendors.delete', { recipientId: id })).code).toBe('NOT_FOUND');
  });

  it('names at most a few referrers and counts the rest', async () => {
    const id = await vendor('Busy Co');
    for (let i = 0; i < 7; i++) await rig().call('inventory.activities.save', { name: `Busy activity ${i}`, recipientIds: [id] });
    expect((await rig().fail('vendors.delete', { recipientId: id })).message).toContain('and 2 more');
  });
});

describe('sub-resources of a recipient without a profile', () => {
  it.each([
    ['vendors.saveSubProcessor', { name: 'X' }],
    ['vendors.deleteSubProcessor', { id: 1 }],
    ['vendors.saveCertification', { kind: 'iso_27001' }],
    ['vendors.deleteCertification', { id: 1 }],
    ['vendors.saveAnswers', { answers: [] }],
    ['vendors.saveFinding', { title: 'X', severity: 'low' }],
    ['vendors.recordReview', { reviewedOn: '2026-01-01', decision: 'approved' }],
  ] as const)('%s answers NOT_FOUND', async (name, rest) => {
    const bare = await recipient(`Bare ${name}`);
    const error = await rig().fail(name, { recipientId: bare, ...rest });
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toContain('no vendor profile');
  });
});

describe('vendors.reviewSettings', () => {
  it('ships the default questions and cadence; saving changes weights, order, the score and the next review', async () => {
    expect(await rig().call('vendors.reviewSettings.get', {})).toEqual({ questions: DEFAULT_QUESTIONS, cadence: { high: 6, medium: 12, low: 24 } });
    const id = await vendor('Settings Co', { lastReviewedOn: '2026-06-30' });
    await rig().call('vendors.saveAnswers', {
      recipientId: id,
      answers: DEFAULT_QUESTIONS.map((q) => ({ questionId: q.id, value: q.id === 'mfa' ? ('no' as const) : ('yes' as const) })),
    });
    const before = await get(id);
    expect(before.questionnaire.result!.score).toBe(90); // 28 of 31
    const removedOnly = await vendor('Answered Removed Questions Only Co');
    await rig().call('vendors.saveAnswers', { recipientId: removedOnly, answers: [{ questionId: 'encryption_at_rest', value: 'no' }] });

    const questions = [
      { id: 'mfa', text: 'MFA everywhere?', weight: 10 },
      { id: 'backups', text: 'Backups?', weight: 1 },
      { id: 'new_question', text: 'Something new?', weight: 1 },
    ];
    const saved = await rig().call('vendors.reviewSettings.save', { questions, cadence: { high: 3, medium: 4, low: 5 } });
    expect(saved).toEqual({ questions, cadence: { high: 3, medium: 4, low: 5 } });
    expect(await rig().call('vendors.reviewSettings.get', {})).toEqual(saved);
    const after = await get(id);
    expect(after.questionnaire.questions).toEqual(questions);
    // Answers to removed questions are set aside, not lost: 1 of 12 earned, new_question unanswered.
    expect(after.questionnaire.answers.map((a) => a.questionId)).toEqual(['mfa', 'backups']);
    expect(after.questionnaire.result).toMatchObject({ score: 8, answered: 2, unanswered: ['new_question'] });
    expect(after.risk.reasons.map((r) => r.code)).toContain('weak_security');
    expect(after.nextReviewOn).toBe(addMonths('2026-06-30', { high: 3, medium: 4, low: 5 }[after.risk.tier]));
    // The register scores the current questions only, as the page does: answers to removed ones alone count as never answered.
    const rows = (await rig().call('vendors.list', { limit: 5000 })).rows;
    const rowOf = (recipientId: number) => rows.find((row) => row.recipientId === recipientId)!;
    expect(rowOf(id)).toMatchObject({ questionnaireScore: 8, tier: after.risk.tier, points: after.risk.points });
    const setAside = await get(removedOnly);
    expect(setAside.questionnaire).toMatchObject({ answers: [], result: null });
    expect(setAside.risk.reasons.map((r) => r.code)).toContain('never_reviewed');
    expect(rowOf(removedOnly)).toMatchObject({ questionnaireScore: null, tier: setAside.risk.tier, points: setAside.risk.points });

    const error = await rig().fail('vendors.saveAnswers', { recipientId: id, answers: [{ questionId: 'encryption_at_rest', value: 'yes' }] });
    expect(error.fields).toHaveProperty(['answers.0.questionId']);
    expect((await rig().fail('vendors.reviewSettings.save', { questions: [...questions, questions[0]], cadence: saved.cadence })).code).toBe('VALIDATION');
    expect(await rig().call('vendors.reviewSettings.get', {})).toEqual(saved);

    await rig().call('vendors.reviewSettings.save', { questions: [...DEFAULT_QUESTIONS], cadence: { high: 6, medium: 12, low: 24 } });
    expect(await get(id)).toEqual(before);
  });
});
