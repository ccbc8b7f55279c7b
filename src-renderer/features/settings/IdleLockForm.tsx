import { Button, Group, NumberInput } from '@mantine/core';
import { type SubmitEvent, useState } from 'react';
import { useSettings } from '../../app/settings-context';
import { notifySuccess } from '../../ui/notify';
import { describeMinutes } from '../../ui/describe-minutes';

const MAX_MINUTES = 24 * 60;

export function IdleLockForm({ saved }: { saved: number }) {
  const { updateSettings } = useSettings();
  const [minutes, setMinutes] = useState<number | string>(saved);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function save() {
    if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < 0 || minutes > MAX_MINUTES) {
      setError(`Enter whole minutes from 0 to ${MAX_MINUTES}.`);
      return;
    }
    setSaving(true);
    const saved = await updateSettings({ idleLockMinutes: minutes });
    setSaving(false);
    if (!saved) return;
    notifySuccess(
      minutes === 0
        ? 'The workspace no longer locks by itself.'
        : `The workspace now locks after ${describeMinutes(minutes)} without activity.`,
    );
  }

  return (
    <form
      noValidate
      onSubmit={(event: SubmitEvent<HTMLFormElement>) => {
        event.preventDefault();
        if (!saving) void save();
      }}
    >
      <Group align="flex-end" gap="sm">
        <NumberInput
          label="Idle lock (minutes)"
          description="Minutes without keyboard or mouse use before the workspace locks. 0 means never."
          min={0}
          max={MAX_MINUTES}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="blur"
          value={minutes}
          onChange={(value) => {
            setMinutes(value);
            setError(null);
          }}
          error={error}
          w={320}
        />
        <Button type="submit" loading={saving} variant="default">
          Save
        </Button>
      </Group>
    </form>
  );
}
