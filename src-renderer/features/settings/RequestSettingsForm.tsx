import { Button, Group, NumberInput, Select } from '@mantine/core';
import { useState } from 'react';
import type { RequestSettings } from '../../app/api';
import { COUNTRY_OPTIONS } from '../../ui/countries';
import { notifySuccess } from '../../ui/notify';
import { useFormCall } from '../../ui/use-form-call';
import { Editable } from '../../ui/ReadOnly';
import { useCan } from '../workspace/person-context';

/** How long a closed request keeps its requester's details, and whose holidays count for GDPR deadlines. */
export function RequestSettingsForm({ saved }: { saved: RequestSettings }) {
  const [days, setDays] = useState<number | string>(saved.anonymiseAfterDays);
  const [establishment, setEstablishment] = useState(saved.establishment);
  const form = useFormCall('requests.settings.save');
  const canSave = useCan('requests.settings.save');

  async function save() {
    const done = await form.submit({ anonymiseAfterDays: typeof days === 'number' ? days : -1, establishment });
    if (!done) return;
    notifySuccess(done.anonymiseAfterDays === 0 ? 'Closed requests keep the requester’s details.' : `Closed requests lose the requester’s details after ${done.anonymiseAfterDays} days.`);
  }

  return (
    <form {...form.formProps(save)}>
      <Editable editable={canSave}>
        <Group align="flex-end" gap="sm">
          <NumberInput
            label="Anonymise closed requests after (days)"
            description="The requester’s details are removed this long after closing. 0 keeps them."
            min={0}
            max={36500}
            allowDecimal={false}
            allowNegative={false}
            value={days}
            onChange={setDays}
            {...form.at('anonymiseAfterDays')}
            w={320}
          />
          <Select
            label="Establishment for EU deadlines"
            description="Its public holidays count for GDPR deadlines"
            data={COUNTRY_OPTIONS}
            searchable
            value={establishment || null}
            onChange={(value) => setEstablishment(value ?? '')}
            {...form.at('establishment')}
            w={280}
          />
          {canSave && (
            <Button type="submit" variant="default" loading={form.submitting}>
              Save
            </Button>
          )}
        </Group>
      </Editable>
    </form>
  );
}
