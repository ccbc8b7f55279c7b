import { Accordion, Badge, Group, Loader, Table, Text } from '@mantine/core';
import { DEADLINE_DISCLAIMER, PERIOD_UNITS, REQUEST_TYPES, VERIFICATIONS, type DeadlineRule, type Period, type RegimeView, type RequestType } from '../../app/api';
import { useCallValue } from '../../ui/use-call-value';
import { VerificationBadge } from '../requests/request-badges';

const COUNTING_LABELS: Record<DeadlineRule['counting'], string> = {
  receipt_excluded: 'Day of receipt not counted',
  receipt_is_day_1: 'Day of receipt is day 1',
};

function amountText(amount: number, unit: keyof typeof PERIOD_UNITS): string {
  return `${amount} ${amount === 1 ? PERIOD_UNITS[unit].one : PERIOD_UNITS[unit].many}`;
}

/** "45 calendar days", or the law's words for a period without a date. */
function periodText(period: Period): string {
  return 'amount' in period ? amountText(period.amount, period.unit) : period.text;
}

function extensionText(rule: DeadlineRule): string {
  const { extension } = rule;
  if (!extension) return 'None';
  return extension.amount === null ? 'As stated in the notice' : `+ ${amountText(extension.amount, extension.unit)}`;
}

const isRequestType = (type: string): type is RequestType => Object.hasOwn(REQUEST_TYPES, type);

/** The regime's request types with their rules, in the vocabulary's order. */
function rulesOf(regime: RegimeView): [RequestType, DeadlineRule][] {
  return Object.keys(REQUEST_TYPES)
    .filter(isRequestType)
    .flatMap((type) => {
      const rule = regime.rules[type];
      return rule ? [[type, rule] satisfies [RequestType, DeadlineRule]] : [];
    });
}

function RegimeRules({ regime }: { regime: RegimeView }) {
  return (
    <>
      <Text size="sm">{regime.law}</Text>
      {regime.note && (
        <Text size="sm" c="dimmed">
          {regime.note}
        </Text>
      )}
      <Text size="sm" c="dimmed" mb="xs">
        {regime.calendarNote}
      </Text>
      <Table.ScrollContainer minWidth={760}>
        <Table aria-label={`Rules of ${regime.name}`} verticalSpacing={4} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Request type</Table.Th>
              <Table.Th>Period</Table.Th>
              <Table.Th>Counting</Table.Th>
              <Table.Th>Extension</Table.Th>
              <Table.Th>Source</Table.Th>
              <Table.Th>Marker</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rulesOf(regime).map(([type, rule]) => (
              <Table.Tr key={type}>
                <Table.Td>{REQUEST_TYPES[type]}</Table.Td>
                <Table.Td>
                  {periodText(rule.period)}
                  {rule.rollForward && (
                    <Text size="xs" c="dimmed">
                      rolls past weekends and holidays
                    </Text>
                  )}
                </Table.Td>
                <Table.Td title={rule.convention}>{COUNTING_LABELS[rule.counting]}</Table.Td>
                <Table.Td>{extensionText(rule)}</Table.Td>
                <Table.Td>{rule.source}</Table.Td>
                <Table.Td>
                  <VerificationBadge verification={rule.verification} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}

/** The deadline rules of every regime, read-only: period, counting, source and how sure each fact is. */
export function StatutoryRules() {
  const regimes = useCallValue('deadlines.regimes', {});
  if (regimes === null) return <Loader size="sm" aria-label="Loading the rules" />;
  return (
    <>
      <Text size="xs" c="dimmed">
        {DEADLINE_DISCLAIMER}
      </Text>
      <Accordion variant="contained">
        {regimes.map((regime) => {
          const review = rulesOf(regime).filter(([, rule]) => VERIFICATIONS[rule.verification].needsLegalReview).length;
          return (
            <Accordion.Item key={regime.id} value={regime.id}>
              <Accordion.Control>
                <Group gap="xs">
                  <Text size="sm" fw={500}>
                    {regime.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {regime.jurisdiction} · {rulesOf(regime).length} request types
                  </Text>
                  {review > 0 && (
                    <Badge size="xs" color="orange" variant="light" tt="none">
                      {review} need legal review
                    </Badge>
                  )}
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <RegimeRules regime={regime} />
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
    </>
  );
}
