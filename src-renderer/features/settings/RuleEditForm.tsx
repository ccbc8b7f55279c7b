import { Button, Group, Modal, NumberInput, Select, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { PERIOD_UNITS, REQUEST_TYPES, type DeadlineRule, type PeriodUnit, type RegimeView, type RequestType } from '../../app/api';
import { notifySuccess } from '../../ui/notify';
import { useFormCall } from '../../ui/use-form-call';
import { VerificationBadge } from '../requests/request-badges';
import { overridesOf, withRuleChange, type RuleChange } from './rule-overrides';

const UNIT_OPTIONS = (Object.keys(PERIOD_UNITS) as PeriodUnit[]).map((unit) => ({ value: unit, label: PERIOD_UNITS[unit].many }));
const COUNTING_OPTIONS = [
  { value: 'receipt_excluded', label: 'Day of receipt not counted' },
  { value: 'receipt_is_day_1', label: 'Day of receipt is day 1' },
];
type ExtensionKind = 'none' | 'fixed' | 'notice';
const EXTENSION_OPTIONS = [
  { value: 'none', label: 'No extension' },
  { value: 'fixed', label: 'A fixed extension' },
  { value: 'notice', label: 'As stated in the notice' },
];

const isUnit = (value: string | null): value is PeriodUnit => value !== null && Object.hasOwn(PERIOD_UNITS, value);
const asAmount = (value: number | string): number | string => (typeof value === 'number' ? value : value.trim() === '' ? '' : Number(value));

interface Props {
  regime: RegimeView;
  type: RequestType;
  rule: DeadlineRule;
  regimes: readonly RegimeView[];
  onClose: () => void;
  onSaved: (regimes: RegimeView[]) => void;
}

/** Changes one rule (regime × request type): period, counting, roll-forward and extension; saved as the officer's override. */
export function RuleEditForm({ regime, type, rule, regimes, onClose, onSaved }: Props) {
  const fixed = 'amount' in rule.period ? rule.period : null;
  const [amount, setAmount] = useState<number | string>(fixed?.amount ?? '');
  const [unit, setUnit] = useState<PeriodUnit>(fixed?.unit ?? 'calendar_days');
  const [counting, setCounting] = useState<DeadlineRule['counting']>(rule.counting);
  const [rollForward, setRollForward] = useState(rule.rollForward);
  const [extensionKind, setExtensionKind] = useState<ExtensionKind>(!rule.extension ? 'none' : rule.extension.amount === null ? 'notice' : 'fixed');
  const [extensionAmount, setExtensionAmount] = useState<number | string>(rule.extension?.amount ?? '');
  const [extensionUnit, setExtensionUnit] = useState<PeriodUnit>(rule.extension?.unit ?? 'calendar_days');
  const form = useFormCall('deadlines.saveOverrides');
  const prefix = `${regime.id}.${type}.`;

  /** The fields the officer changed before, with this form's changes over them. */
  function change(): RuleChange {
    const next: RuleChange = { ...overridesOf(regimes)[regime.id]?.[type] };
    const periodAmount = asAmount(amount);
    if (!fixed || fixed.amount !== periodAmount || fixed.unit !== unit) next.period = { unit, amount: periodAmount };
    if (counting !== rule.counting) next.counting = counting;
    if (rollForward !== rule.rollForward) next.rollForward = rollForward;
    const current = rule.extension;
    if (extensionKind === 'none') {
      if (current) next.extension = null;
    } else if (extensionKind === 'notice') {
      if (!current || current.amount !== null) next.extension = { amount: null, unit: current?.unit ?? 'calendar_days' };
    } else {
      const extAmount = asAmount(extensionAmount);
      if (!current || current.amount !== extAmount || current.unit !== extensionUnit) next.extension = { amount: extAmount, unit: extensionUnit };
    }
    return next;
  }

  async function save() {
    const done = await form.submit({ overrides: withRuleChange(overridesOf(regimes), regime.id, type, change()) });
    if (!done) return;
    notifySuccess(`The ${REQUEST_TYPES[type].toLowerCase()} rule of ${regime.name} was saved; open deadlines were recomputed.`);
    onSaved(done);
  }

  return (
    <Modal opened onClose={onClose} title={`${regime.name}: ${REQUEST_TYPES[type]}`} size="lg">
      <form {...form.formProps(save)} aria-label="Edit the rule">
        <Stack gap="sm">
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              Source: {rule.source}
            </Text>
            <VerificationBadge verification={rule.verification} />
          </Group>
          <Group align="flex-start" gap="sm" grow>
            <NumberInput
              label="Period"
              min={1}
              max={3650}
              allowDecimal={false}
              allowNegative={false}
              value={amount}
              onChange={(value) => {
                setAmount(value);
                form.clearErrors();
              }}
              description={fixed ? undefined : `Now: ${'text' in rule.period ? rule.period.text : ''}`}
              {...form.at(`${prefix}period.amount`)}
            />
            <Select
              label="Unit"
              data={UNIT_OPTIONS}
              allowDeselect={false}
              value={unit}
              onChange={(value) => isUnit(value) && setUnit(value)}
              {...form.at(`${prefix}period.unit`)}
            />
          </Group>
          <Select
            label="Counting"
            data={COUNTING_OPTIONS}
            allowDeselect={false}
            value={counting}
            onChange={(value) => value && setCounting(value as DeadlineRule['counting'])}
            {...form.at(`${prefix}counting`)}
          />
          <Switch
            label="Roll forward off weekends and holidays"
            checked={rollForward}
            onChange={(event) => setRollForward(event.currentTarget.checked)}
            {...form.at(`${prefix}rollForward`)}
          />
          <Group align="flex-start" gap="sm" grow>
            <Select
              label="Extension"
              data={EXTENSION_OPTIONS}
              allowDeselect={false}
              value={extensionKind}
              onChange={(value) => value && setExtensionKind(value as ExtensionKind)}
              {...form.at(`${prefix}extension`)}
            />
            {extensionKind === 'fixed' && (
              <NumberInput
                label="Extension amount"
                min={1}
                max={3650}
                allowDecimal={false}
                allowNegative={false}
                value={extensionAmount}
                onChange={setExtensionAmount}
                {...form.at(`${prefix}extension.amount`)}
              />
            )}
            {extensionKind === 'fixed' && (
              <Select
                label="Extension unit"
                data={UNIT_OPTIONS}
                allowDeselect={false}
                value={extensionUnit}
                onChange={(value) => isUnit(value) && setExtensionUnit(value)}
                {...form.at(`${prefix}extension.unit`)}
              />
            )}
          </Group>
          <Text size="xs" c="dimmed">
            Your rule replaces the statutory one for new and open requests until you restore it. Check the change with counsel.
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={form.submitting}>
              Save rule
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
