import { Badge, Group, SimpleGrid, TextInput } from '@mantine/core';
import { call, CERTIFICATIONS, expiryState, type VendorCertification } from '../../../app/api';
import { formatDate, todayIso } from '../../../ui/format-date';
import { notifyError } from '../../../ui/notify';
import { useDraft } from '../../../ui/use-draft';
import { VocabularySelect } from '../../../ui/VocabularySelect';
import { type ItemEditorProps, ItemModal, useItemEditor } from './ItemModal';
import { type ItemColumn, ItemsTable } from './ItemsTable';
import type { VendorPartProps } from './use-vendor';
import { useCan } from '../../workspace/person-context';

const expiryOf = (expiresOn: string | null) => expiryState(expiresOn, todayIso());

const nameOf = (certification: VendorCertification) =>
  certification.kind === 'other' ? certification.detail : `${CERTIFICATIONS[certification.kind]}${certification.detail ? ` (${certification.detail})` : ''}`;

const COLUMNS: ItemColumn<VendorCertification>[] = [
  { header: 'Certification', cell: nameOf },
  {
    header: 'Expires',
    cell: (certification) => {
      const expiry = expiryOf(certification.expiresOn);
      return (
        <Group gap="xs" wrap="nowrap">
          {formatDate(certification.expiresOn) || 'No expiry given'}
          {expiry && (
            <Badge size="sm" color={expiry === 'expired' ? 'red' : 'orange'} variant="light" tt="none">
              {expiry === 'expired' ? 'Expired' : 'Expiring soon'}
            </Badge>
          )}
        </Group>
      );
    },
  },
  { header: 'Reference', cell: (certification) => certification.reference },
];

function CertificationModal({ vendor, item, onClose, onSaved }: ItemEditorProps<VendorCertification>) {
  const draft = useDraft(() => ({
    kind: item?.kind ?? 'iso_27001',
    detail: item?.detail ?? '',
    expiresOn: item?.expiresOn ?? '',
    reference: item?.reference ?? '',
  }));
  const { values } = draft;
  return (
    <ItemModal
      title={item ? nameOf(item) : 'Add certification'}
      save="vendors.saveCertification"
      toInput={() => ({ ...values, recipientId: vendor.profile.recipientId, id: item?.id, expiresOn: values.expiresOn === '' ? null : values.expiresOn })}
      setErrors={draft.setErrors}
      savedMessage="Certification saved."
      onClose={onClose}
      onSaved={onSaved}
    >
      <SimpleGrid cols={2} spacing="sm">
        <VocabularySelect label="Certification" vocabulary={CERTIFICATIONS} data-autofocus {...draft.field('kind')} />
        <TextInput label={values.kind === 'other' ? 'Name' : 'Scope'} {...draft.text('detail')} />
        <TextInput label="Expires on" type="date" {...draft.text('expiresOn')} />
        <TextInput label="Reference" description="Certificate number or where the report is kept" {...draft.text('reference')} />
      </SimpleGrid>
    </ItemModal>
  );
}

/** Certifications and attestations with their expiry; expired ones are marked red, those ending within 90 days orange. */
export function CertificationsTab({ vendor, onChanged }: VendorPartProps) {
  const editor = useItemEditor<VendorCertification>(onChanged);
  const canRemove = useCan('vendors.deleteCertification');
  const { recipientId } = vendor.profile;
  return (
    <>
      <ItemsTable
        label="Certifications"
        items={vendor.certifications}
        columns={COLUMNS}
        nameOf={nameOf}
        empty="No certification recorded. Ask for ISO/IEC 27001, a SOC 2 Type II report or similar."
        addLabel="Add certification"
        onAdd={editor.add}
        save="vendors.saveCertification"
        onEdit={editor.edit}
        onRemove={
          canRemove
            ? async (certification) => {
                const result = await call('vendors.deleteCertification', { recipientId, id: certification.id });
                if (result.ok) onChanged(result.value);
                else notifyError(result.error);
              }
            : undefined
        }
        alert={(certification) => expiryOf(certification.expiresOn) === 'expired'}
      />
      {editor.open && <CertificationModal key={editor.key} vendor={vendor} {...editor.props} />}
    </>
  );
}
