import { Badge, Tooltip } from '@mantine/core';
import { Tag, Tags } from '../../ui/Tag';
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

export function StatusBadge({ status, size = 'sm' }: { status: RequestStatus; size?: 'sm' | 'lg' }) {
  return (
    <Tag color={STATUS_COLOURS[status]} variant="light" size={size}>
      {REQUEST_STATUSES[status]}
    </Tag>
  );
}

/** Short badges in a row; the full label shows on hover and is what screen readers read. */
export function TypeBadges({ types }: { types: readonly RequestType[] }) {
  return (
    <Tags>
      {types.map((type) => (
        <Tag key={type} color="gray" variant="outline" upper={false} aria-label={REQUEST_TYPES[type]} title={REQUEST_TYPES[type]}>
          {REQUEST_TYPES[type].split(/[ /:,]/)[0]}
        </Tag>
      ))}
    </Tags>
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

/** In a list row: a plain span, in the text's size, coloured by how near the deadline is. */
export function DaysLeft({ daysLeft }: { daysLeft: number | null }) {
  if (daysLeft === null) return null;
  const colour = daysLeft < 0 ? 'var(--mantine-color-red-text)' : daysLeft <= 7 ? 'var(--mantine-color-orange-8)' : 'var(--mantine-color-dimmed)';
  return <span style={{ color: colour, fontWeight: daysLeft < 0 ? 700 : undefined }}>{daysLeftText(daysLeft)}</span>;
}
