import { Badge, Group, Text } from '@mantine/core';
import { DPA_STATUSES, REVIEW_DECISIONS, RISK_TIERS, VENDOR_FLAGS, type DpaStatus, type ReviewDecision, type RiskTier, type VendorFlag } from '../../app/api';
import { formatDate, todayIso } from '../../ui/format-date';

export const TIER_COLOURS: Record<RiskTier, string> = { high: 'red', medium: 'orange', low: 'teal' };

const FLAG_COLOURS: Record<VendorFlag, string> = {
  review_overdue: 'red',
  review_due_soon: 'orange',
  contract_expired: 'red',
  contract_expiring: 'orange',
  certification_expired: 'red',
  certification_expiring: 'orange',
  no_signed_dpa: 'grape',
  transfer_without_mechanism: 'red',
};

const DECISION_COLOURS: Record<ReviewDecision, string> = { approved: 'teal', approved_with_conditions: 'yellow', rejected: 'red' };

const DPA_COLOURS: Record<DpaStatus, string> = { none: 'red', requested: 'orange', under_negotiation: 'yellow', signed: 'teal' };

/** Labels never shrink to "HIG…" in a narrow column. */
const whole = { style: { flexShrink: 0 }, styles: { label: { overflow: 'visible' } } } as const;

/** "High · 85 points". */
export function TierBadge({ tier, points, size = 'sm' }: { tier: RiskTier; points: number; size?: 'sm' | 'lg' }) {
  return (
    <Badge color={TIER_COLOURS[tier]} variant="filled" size={size} {...whole}>
      {RISK_TIERS[tier]} · {points} {points === 1 ? 'point' : 'points'}
    </Badge>
  );
}

export function DpaBadge({ status }: { status: DpaStatus }) {
  return (
    <Badge color={DPA_COLOURS[status]} variant="light" size="sm" tt="none" {...whole}>
      {DPA_STATUSES[status]}
    </Badge>
  );
}

/** What needs attention, one badge a flag; nothing when all is well. */
export function FlagBadges({ flags, wrap = false }: { flags: readonly VendorFlag[]; wrap?: boolean }) {
  if (flags.length === 0) return null;
  return (
    <Group gap={4} wrap={wrap ? 'wrap' : 'nowrap'} aria-label="Flags">
      {flags.map((flag) => (
        <Badge key={flag} color={FLAG_COLOURS[flag]} variant="light" size="sm" tt="none" {...whole}>
          {VENDOR_FLAGS[flag]}
        </Badge>
      ))}
    </Group>
  );
}

/** The next review date, in red once it has passed. */
export function NextReview({ on }: { on: string }) {
  const overdue = on < todayIso();
  return (
    <Text span size="sm" c={overdue ? 'red' : undefined} fw={overdue ? 700 : undefined}>
      {formatDate(on)}
      {overdue && ' (overdue)'}
    </Text>
  );
}

export function DecisionBadge({ decision }: { decision: ReviewDecision }) {
  return (
    <Badge color={DECISION_COLOURS[decision]} variant="light" tt="none" {...whole}>
      {REVIEW_DECISIONS[decision]}
    </Badge>
  );
}
