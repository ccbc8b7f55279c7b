import { describe, expect, it } from 'vitest';
import { reminderSummary } from './reminders';

describe('reminderSummary', () => {
  it.each([
    [0, 0, ''],
    [1, 0, '1 request overdue'],
    [2, 0, '2 requests overdue'],
    [0, 1, '1 request due this week'],
    [0, 5, '5 requests due this week'],
    [2, 5, '2 requests overdue, 5 due this week'],
    [1200, 3, '1,200 requests overdue, 3 due this week'],
  ])('%i overdue and %i due soon read “%s”', (overdue, dueSoon, text) => {
    expect(reminderSummary(overdue, dueSoon)).toBe(text);
  });
});
