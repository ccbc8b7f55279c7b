import { Button, Group, Modal, MultiSelect, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { call, SERVICE_KINDS, VENDOR_ROLES, type Link, type ServiceKind, type VendorRole } from '../../../app/api';
import { CountriesInput } from '../../../ui/CountriesInput';
import { notifySuccess } from '../../../ui/notify';
import { type PickerSource, RecordSelect } from '../../../ui/RecordPicker';
import { useDraft } from '../../../ui/use-draft';
import { useSubmit } from '../../../ui/use-submit';
import { isCode, vocabularyOptions } from '../../../ui/vocabulary';
import { VocabularySelect } from '../../../ui/VocabularySelect';
import { mapResult, PICK_LIMIT } from '../../inventory/picker-sources';

type Origin = 'new' | 'existing';

const ORIGINS: { value: Origin; label: string }[] = [
  { value: 'new', label: 'New vendor' },
  { value: 'existing', label: 'A recipient of the inventory' },
];

/** Recipients of the inventory that are not vendors yet. */
const unprofiledRecipients: PickerSource = {
  search: async (search) => {
    const [recipients, vendors] = await Promise.all([
      call('inventory.recipients.list', { search, limit: PICK_LIMIT }),
      call('vendors.list', { search, limit: 5000 }),
    ]);
    if (!vendors.ok) return vendors;
    const profiled = new Set(vendors.value.rows.map((row) => row.recipientId));
    return mapResult(recipients, (page) => page.rows.filter((row) => !profiled.has(row.id)).map(({ id, name }): Link => ({ id, name })));
  },
};

interface AddVendorDialogProps {
  onClose: () => void;
  onAdded: (recipientId: number) => void;
}

/**
 * A vendor is a recipient of the inventory with a profile: a new one creates the recipient (a processor) and
 * then its profile; an existing recipient only gets the profile.
 */
export function AddVendorDialog({ onClose, onAdded }: AddVendorDialogProps) {
  const [origin, setOrigin] = useState<Origin>('new');
  const draft = useDraft(() => ({
    name: '',
    countries: [] as string[],
    recipient: null as Link | null,
    role: 'processor' as VendorRole,
    services: [] as ServiceKind[],
  }));
  const formRef = useRef<HTMLFormElement>(null);
  const recipient = useSubmit('inventory.recipients.save', draft.setErrors, formRef);
  const profile = useSubmit('vendors.saveProfile', draft.setErrors, formRef);
  const { values } = draft;

  async function recipientId(): Promise<number | null> {
    if (origin === 'new') {
      const saved = await recipient.submit({ name: values.name, kind: 'processor', countries: values.countries });
      return saved?.id ?? null;
    }
    if (values.recipient === null) draft.setErrors({ recipientId: 'Choose the recipient that becomes a vendor.' });
    return values.recipient?.id ?? null;
  }

  async function add() {
    const id = await recipientId();
    if (id === null) return;
    const saved = await profile.submit({ recipientId: id, role: values.role, services: values.services });
    if (!saved) return;
    notifySuccess(`“${saved.profile.name}” added to the vendors.`);
    onAdded(id);
  }

  const busy = recipient.submitting || profile.submitting;
  return (
    <Modal opened onClose={onClose} title="Add vendor" size="lg">
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) void add();
        }}
      >
        <Stack gap="sm">
          <SegmentedControl aria-label="Where the vendor comes from" data={ORIGINS} value={origin} onChange={(value) => setOrigin(value === 'existing' ? 'existing' : 'new')} />
          {origin === 'new' ? (
            <>
              <Text size="sm" c="dimmed">
                The vendor is added to the inventory’s recipients as a processor, so activities and systems can name it.
              </Text>
              <TextInput label="Name" aria-required data-autofocus {...draft.text('name')} />
              <CountriesInput label="Countries" description="Where it receives, stores or accesses the data" {...draft.field('countries')} />
            </>
          ) : (
            <RecordSelect
              label="Recipient"
              description="Recipients of the inventory that are not vendors yet"
              source={unprofiledRecipients}
              value={values.recipient}
              onChange={(link) => draft.set('recipient', link, 'recipientId')}
              field="recipientId"
              error={draft.errors.recipientId}
            />
          )}
          <VocabularySelect label="Role" vocabulary={VENDOR_ROLES} {...draft.field('role')} />
          <MultiSelect
            label="Services"
            data={vocabularyOptions(SERVICE_KINDS)}
            value={values.services}
            onChange={(codes) => draft.set('services', codes.filter((code) => isCode(SERVICE_KINDS, code)))}
            {...draft.at('services')}
            searchable
            clearable
          />
          <Group justify="flex-end" gap="xs" mt="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              Add vendor
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
