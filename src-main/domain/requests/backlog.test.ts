import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ageingBucket, ageingRanges, defaultEstablishment, defaultPeriod, dueRange, formatReference, histogramSummary, monthsOf } from './backlog';

describe('backlog arithmetic', () => {
  it('gives the default period as the twelve months up to today', () => {
    expect(defaultPeriod('2026-11-29')).toEqual({ from: '2025-12-01', to: '2026-11-29' });
    expect(defaultPeriod('2024-02-29')).toEqual({ from: '2023-03-01', to: '2024-02-29' });
    expect(monthsOf('2025-12-01', '2026-11-29')).toHaveLength(12);
    expect(monthsOf('2025-11-15', '2026-01-02')).toEqual(['2025-11', '2025-12', '2026-01']);
    expect(monthsOf('2026-02-01', '2026-01-01')).toEqual([]);
  });

  it('counts due windows from today, today included', () => {
    expect(dueRange('any', '2026-11-29')).toBeNull();
    expect(dueRange('overdue', '2026-11-29')).toEqual({ from: null, before: '2026-11-29' });
    expect(dueRange('this_week', '2026-11-29')).toEqual({ from: '2026-11-29', before: '2026-12-06' });
    expect(dueRange('next_30_days', '2026-12-15')).toEqual({ from: '2026-12-15', before: '2027-01-14' });
  });

  it('puts every age in exactly one bucket, the SQL ranges agreeing with the labels', () => {
    const today = '2026-11-29';
    const ranges = ageingRanges(today);
    for (const [receivedOn, label] of [
      ['2026-11-29', '0–7 days'],
      ['2026-11-22', '0–7 days'],
      ['2026-11-21', '8–14 days'],
      ['2026-10-30', '15–30 days'],
      ['2026-10-29', '31–45 days'],
      ['2026-08-31', '46–90 days'],
      ['2026-08-30', 'Over 90 days'],
    ] as const) {
      expect(ageingBucket(receivedOn, today)).toBe(label);
      const matching = ranges.filter((r) => receivedOn <= r.receivedTo && (r.receivedAfter === null || receivedOn > r.receivedAfter));
      expect(matching.map((r) => r.label)).toEqual([label]);
    }
  });

  it('gives the median and mean of a histogram exactly as of the list of values', () => {
    expect(histogramSummary([])).toEqual({ count: 0, median: null, mean: null });
    expect(histogramSummary([[10, 2], [2, 1], [27, 1]])).toEqual({ count: 4, median: 10, mean: 12.25 });
    expect(histogramSummary([[27, 1], [10, 1]])).toEqual({ count: 2, median: 18.5, mean: 18.5 });
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 60 }), (values) => {
        const counts = new Map<number, number>();
        for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
        const sorted = [...values].sort((a, b) => a - b);
        const median = (sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.floor(sorted.length / 2)]!) / 2;
        const summary = histogramSummary([...counts]);
        expect(summary.count).toBe(values.length);
        expect(summary.median).toBe(median);
        expect(summary.mean).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 9);
      }),
    );
  });

  it('formats references and finds the GDPR establishment', () => {
    expect(formatReference(2026, 42)).toBe('REQ-2026-00042');
    expect(formatReference(2026, 123456)).toBe('REQ-2026-123456');
    expect(defaultEstablishment(['US-CA', 'NO', 'fr', 'DE'])).toBe('FR');
    expect(defaultEstablishment(['US'])).toBe('DE');
  });
});
