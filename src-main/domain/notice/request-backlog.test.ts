import { describe, expect, it } from 'vitest';
import { documentText, missingTexts } from './document-text';
import { GENERATED_AT, ORGANISATION } from './fixtures';
import type { BacklogInput } from './inputs';
import { buildRequestBacklog } from './request-backlog';

const input: BacklogInput = {
  organisation: ORGANISATION,
  today: '2026-03-05',
  dashboard: {
    from: '2026-02-01', to: '2026-03-05', regimeId: null, open: 3, overdue: 1, dueThisWeek: 2,
    byStatus: [{ status: 'received', count: 3 }, { status: 'completed', count: 4 }],
    byType: [{ type: 'erasure', open: 2, closed: 4 }],
    byRegime: [{ regimeId: 'us_ca_ccpa', open: 3, closed: 4 }],
    ageing: [{ bucket: '0–7 days', count: 2 }, { bucket: 'Over 90 days', count: 1 }],
    throughput: [{ month: '2026-02', received: 5, closed: 3 }, { month: '2026-03', received: 2, closed: 1 }],
    medianDaysToClose: [{ type: 'erasure', closed: 4, medianDays: 12.5 }],
    overdueList: [{ id: 1, reference: 'REQ-2026-00007', types: ['erasure'], regimeId: 'us_ca_ccpa', status: 'received', channel: 'email', receivedOn: '2025-11-01', dueOn: '2025-12-15', daysLeft: -80, assignee: 'Kim', openTasks: 1, closedOn: null, anonymised: false }],
  },
  metrics: { year: 2025, rows: [{ type: 'access', received: 9, compliedInWhole: 6, compliedInPart: 1, denied: 2, medianDays: 20, meanDays: 21.3 }] },
};

describe('request backlog report', () => {
  const doc = buildRequestBacklog(input, { dateLocale: 'en-US' }, GENERATED_AT);
  const text = documentText(doc);

  it('prints the dashboard figures, charts and the overdue list', () => {
    for (const value of ['Open: 3', 'Overdue: 1', 'Due in the next seven days: 2', 'Over 90 days | 1', 'Feb 2026 | 5 | 3', 'Erasure / deletion | 2 | 4', 'California CCPA/CPRA | 3 | 4', 'Erasure / deletion | 4 | 12.5', 'REQ-2026-00007', '80', 'December 15, 2025']) {
      expect(text).toContain(value);
    }
    expect(doc.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'chart')).toHaveLength(3);
  });

  it('prints the CCPA § 7102 metrics table', () => {
    expect(text).toContain('CCPA request metrics 2025');
    expect(text).toContain('Access / right to know | 9 | 6 | 1 | 2 | 20 | 21.3');
  });

  it('says what to record when there are no requests', () => {
    const none = { ...input, dashboard: { ...input.dashboard, open: 0, overdue: 0, throughput: input.dashboard.throughput.map((m) => ({ ...m, received: 0 })), overdueList: [] } };
    const empty = buildRequestBacklog(none, { dateLocale: 'en-GB' }, GENERATED_AT);
    expect(missingTexts(empty)[0]).toContain('No request was received in this period');
    expect(documentText(empty)).toContain('No open request is overdue.');
  });
});
