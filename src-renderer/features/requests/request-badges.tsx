import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { REQUEST_STATUSES, REQUEST_TYPES, VERIFICATIONS, type RequestStatus, type RequestType, type Verification } from '../../app/api';

const STATUS_COLOURS: Record<RequestStatus, string> = {
  received: 'blue',
  verifying: 'grape',
  in_progress: 'indigo',
  extended: 'orange',
  paused: 'yellow',
  completed: 'teal',
  partially_completed: 'lime',
  denied: 'red',
  withdrawn: 'gray',
};

/** Never cut to "RECEI…" in a narrow table column: the column grows to the whole label instead. */
const BADGE_STYLES = { label: { overflow: 'visible' } };

export function StatusBadge({ status, size = 'sm' }: { status: RequestStatus; size?: 'sm' | 'lg' }) {
  return (
    <Badge color={STATUS_COLOURS[status]} variant="light" size={size} style={{ flexShrink: 0 }} styles={BADGE_STYLES}>
      {REQUEST_STATUSES[status]}
    </Badge>
  );
}

/**
 * Short badges in a row; the full label shows on hover and is what screen readers read. A title, not
 * a Tooltip: a list row scrolling into view should not set up a floating element per badge.
 */
export function TypeBadges({ types }: { types: readonly RequestType[] }) {
  return (
    <Group gap={4} wrap="nowrap">
      {types.map((type) => (
        <Badge key={type} variant="outline" color="gray" size="sm" tt="none" style={{ flexShrink: 0 }} styles={BADGE_STYLES} aria-label={REQUEST_TYPES[type]} title={REQUEST_TYPES[type]}>
          {REQUEST_TYPES[type].split(/[ /:,]/)[0]}
        </Badge>
      ))}
    </Group>
  );
}

/** "From the law text" or "needs legal review" for a rule's verification marker (P, S, U). */
export function VerificationBadge({ verification }: { verification: Verification }) {
  const { label, needsLegalReview } = VERIFICATIONS[verification];
  return (
    <Tooltip label={label}>
      <Badge color={needsLegalReview ? 'orange' : 'teal'} variant="light" size="sm" tt="none">
        {needsLegalReview ? `${verification} · needs legal review` : `${verification} · verified`}
      </Badge>
    </Tooltip>
  );
}

/** "17 days left", "Due today", "3 days overdue" (in red); nothing for a closed request or a rule without a date. */
export function daysLeftText(daysLeft: number): string {
  if (daysLeft === 0) return 'Due today';
  if (daysLeft > 0) return `${daysLeft} ${daysLeft === 1 ? 'day' : 'days'} left`;
  return `${-daysLeft} ${daysLeft === -1 ? 'day' : 'days'} overdue`;
}

export function DaysLeft({ daysLeft, size = 'sm' }: { daysLeft: number | null; size?: 'sm' | 'lg' }) {
  if (daysLeft === null) return null;
  return (
    <Text span size={size} c={daysLeft < 0 ? 'red' : daysLeft <= 7 ? 'orange.8' : 'dimmed'} fw={daysLeft < 0 ? 700 : undefined}>
      {daysLeftText(daysLeft)}
    </Text>
  );
}
