import { Anchor, SimpleGrid, TextInput } from '@mantine/core';
import { call, type Link, type SubProcessor } from '../../../app/api';
import { CountriesInput } from '../../../ui/CountriesInput';
import { countryName } from '../../../ui/countries';
import { formatDate } from '../../../ui/format-date';
import { notifyError } from '../../../ui/notify';
import { RecordSelect } from '../../../ui/RecordPicker';
import { useDraft } from '../../../ui/use-draft';
import { linkOf, recipientsSource } from '../../inventory/picker-sources';
import { vendorHref } from '../processors-route';
import { type ItemEditorProps, ItemModal, useItemEditor } from './ItemModal';
import { type ItemColumn, ItemsTable } from './ItemsTable';
import type { VendorPartProps } from './use-vendor';
import { useCan } from '../../workspace/person-context';

const COLUMNS: ItemColumn<SubProcessor>[] = [
  { header: 'Name', cell: (sub) => (sub.subRecipientId === null ? sub.name : <Anchor size="sm" href={vendorHref(sub.subRecipientId)}>{sub.name}</Anchor>) },
  { header: 'Service', cell: (sub) => sub.service },
  { header: 'Countries', cell: (sub) => sub.countries.map(countryName).join(', ') },
  { header: 'Change notified', cell: (sub) => formatDate(sub.notifiedOn) },
];

function SubProcessorModal({ vendor, item, onClose, onSaved }: ItemEditorProps<SubProcessor>) {
  const draft = useDraft(() => ({
    name: item?.name ?? '',
    recipient: linkOf(item?.subRecipientId, item?.name) as Link | null,
    service: item?.service ?? '',
    countries: item?.countries ?? [],
    notifiedOn: item?.notifiedOn ?? '',
  }));
  const { values } = draft;
  return (
    <ItemModal
      title={item ? item.name : 'Add sub-processor'}
      save="vendors.saveSubProcessor"
      toInput={() => ({
        recipientId: vendor.profile.recipientId,
        id: item?.id,
        name: values.name,
        subRecipientId: values.recipient?.id ?? null,
        service: values.service,
        countries: values.countries,
        notifiedOn: values.notifiedOn === '' ? null : values.notifiedOn,
      })}
      setErrors={draft.setErrors}
      savedMessage="Sub-processor saved."
      onClose={onClose}
      onSaved={onSaved}
    >
      <TextInput label="Name" aria-required data-autofocus {...draft.text('name')} />
      <RecordSelect
        label="Its recipient record"
        description="When the sub-processor is itself in the inventory, so it can be reviewed as a vendor too"
        source={recipientsSource}
        value={values.recipient}
        onChange={(link) => {
          draft.set('recipient', link, 'subRecipientId');
          if (link && values.name === '') draft.set('name', link.name);
        }}
        field="subRecipientId"
        error={draft.errors.subRecipientId}
      />
      <TextInput label="Service" description="What it does for the vendor" {...draft.text('service')} />
      <SimpleGrid cols={2} spacing="sm">
        <CountriesInput label="Countries" {...draft.field('countries')} />
        <TextInput label="Change notified on" description="When the vendor told you (Art. 28(2))" type="date" {...draft.text('notifiedOn')} />
      </SimpleGrid>
    </ItemModal>
  );
}

/** The vendor's sub-processors (Art. 28(2) and (4)), each possibly a recipient of the inventory itself. */
export function SubProcessorsTab({ vendor, onChanged }: VendorPartProps) {
  const editor = useItemEditor<SubProcessor>(onChanged);
  const canRemove = useCan('vendors.deleteSubProcessor');
  const { recipientId } = vendor.profile;
  return (
    <>
      <ItemsTable
        label="Sub-processors"
        items={vendor.subProcessors}
        columns={COLUMNS}
        nameOf={(sub) => sub.name}
        empty="No sub-processor recorded. Ask the vendor for its list; it must tell you before adding or replacing one."
        addLabel="Add sub-processor"
        onAdd={editor.add}
        save="vendors.saveSubProcessor"
        onEdit={editor.edit}
        onRemove={
          canRemove
            ? async (sub) => {
                const result = await call('vendors.deleteSubProcessor', { recipientId, id: sub.id });
                if (result.ok) onChanged(result.value);
                else notifyError(result.error);
              }
            : undefined
        }
      />
      {editor.open && <SubProcessorModal key={editor.key} vendor={vendor} {...editor.props} />}
    </>
  );
}
