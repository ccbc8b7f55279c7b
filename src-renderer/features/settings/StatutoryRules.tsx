import { Accordion, Badge, Button, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { call, DEADLINE_DISCLAIMER, PERIOD_UNITS, REQUEST_TYPES, VERIFICATIONS, type DeadlineRule, type Period, type RegimeView, type RequestType } from '../../app/api';
import { notifyError, notifySuccess } from '../../ui/notify';
import { useCallValue } from '../../ui/use-call-value';
import { VerificationBadge } from '../requests/request-badges';
import { RuleEditForm } from './RuleEditForm';
import { useCan } from '../workspace/person-context';
import { isChanged, overridesOf, withRuleChange } from './rule-overrides';

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

interface RegimeRulesProps {
  regime: RegimeView;
  /** Absent when the role may not change the rules: no Actions column. */
  onEdit?: (type: RequestType) => void;
  onRestore?: (type: RequestType) => void;
}

function RegimeRules({ regime, onEdit, onRestore }: RegimeRulesProps) {
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
      <Table.ScrollContainer minWidth={880}>
        <Table aria-label={`Rules of ${regime.name}`} verticalSpacing={4} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Request type</Table.Th>
              <Table.Th>Period</Table.Th>
              <Table.Th>Counting</Table.Th>
              <Table.Th>Extension</Table.Th>
              <Table.Th>Source</Table.Th>
              <Table.Th>Marker</Table.Th>
              {onEdit && <Table.Th>Actions</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rulesOf(regime).map(([type, rule]) => (
              <Table.Tr key={type} aria-label={`${regime.name}: ${REQUEST_TYPES[type]}`}>
                <Table.Td>
                  {REQUEST_TYPES[type]}
                  {isChanged(rule) && (
                    <Badge display="block" size="xs" color="grape" variant="light" tt="none" title={`Changed: ${rule.overridden.join(', ')}`}>
                      Changed by you
                    </Badge>
                  )}
                </Table.Td>
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
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <VerificationBadge verification={rule.verification} />
                </Table.Td>
                {onEdit && onRestore && (
                  <Table.Td>
                    <Stack gap={4} align="flex-start">
                      <Button size="compact-xs" variant="default" onClick={() => onEdit(type)} aria-label={`Edit the ${REQUEST_TYPES[type]} rule of ${regime.name}`}>
                        Edit
                      </Button>
                      {isChanged(rule) && (
                        <Button size="compact-xs" variant="subtle" onClick={() => onRestore(type)}>
                          Restore the statutory rule
                        </Button>
                      )}
                    </Stack>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}

/** The deadline rules of every regime: period, counting, source and how sure each fact is; the officer can change each rule and restore it. */
export function StatutoryRules() {
  const canEdit = useCan('deadlines.saveOverrides');
  const loaded = useCallValue('deadlines.regimes', {});
  const [saved, setSaved] = useState<RegimeView[] | null>(null);
  const [editing, setEditing] = useState<{ regimeId: string; type: RequestType } | null>(null);
  const regimes = saved ?? loaded;
  if (regimes === null) return <Loader size="sm" aria-label="Loading the rules" />;
  const editedRegime = editing && regimes.find((regime) => regime.id === editing.regimeId);
  const editedRule = editing && editedRegime?.rules[editing.type];

  async function restore(regime: RegimeView, type: RequestType) {
    if (regimes === null) return;
    const result = await call('deadlines.saveOverrides', { overrides: withRuleChange(overridesOf(regimes), regime.id, type, null) });
    if (!result.ok) {
      notifyError(result.error);
      return;
    }
    setSaved(result.value);
    notifySuccess(`The statutory ${REQUEST_TYPES[type].toLowerCase()} rule of ${regime.name} applies again.`);
  }

  return (
    <>
      <Text size="xs" c="dimmed">
        {DEADLINE_DISCLAIMER}
      </Text>
      <Accordion variant="contained">
        {regimes.map((regime) => {
          const review = rulesOf(regime).filter(([, rule]) => VERIFICATIONS[rule.verification].needsLegalReview).length;
          const changed = rulesOf(regime).filter(([, rule]) => isChanged(rule)).length;
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
                  {changed > 0 && (
                    <Badge size="xs" color="grape" variant="light" tt="none">
                      {changed} changed by you
                    </Badge>
                  )}
                  {review > 0 && (
                    <Badge size="xs" color="orange" variant="light" tt="none">
                      {review} need legal review
                    </Badge>
                  )}
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <RegimeRules
                  regime={regime}
                  onEdit={canEdit ? (type) => setEditing({ regimeId: regime.id, type }) : undefined}
                  onRestore={canEdit ? (type) => void restore(regime, type) : undefined}
                />
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
      {editing && editedRegime && editedRule && (
        <RuleEditForm
          regime={editedRegime}
          type={editing.type}
          rule={editedRule}
          regimes={regimes}
          onClose={() => setEditing(null)}
          onSaved={(next) => {
            setSaved(next);
            setEditing(null);
          }}
        />
      )}
    </>
  );
}
