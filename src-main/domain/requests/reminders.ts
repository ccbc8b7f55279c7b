const counted = (count: number) => `${count.toLocaleString('en')} ${count === 1 ? 'request' : 'requests'}`;

/**
 * "2 requests overdue, 5 due this week"; empty when nothing is. The same words
 * in the app's notice and in the desktop notification of the shell.
 */
export function reminderSummary(overdue: number, dueSoon: number): string {
  const parts = [overdue > 0 && `${counted(overdue)} overdue`, dueSoon > 0 && `${overdue > 0 ? dueSoon.toLocaleString('en') : counted(dueSoon)} due this week`];
  return parts.filter(Boolean).join(', ');
}
