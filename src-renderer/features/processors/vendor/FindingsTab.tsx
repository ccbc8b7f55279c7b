import { Badge, Group, SegmentedControl, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import { FINDING_SEVERITIES, type Finding, type FindingSeverity } from '../../../app/api';
import { formatDate } from '../../../ui/format-date';
import { useDraft } from '../../../ui/use-draft';
import { VocabularySelect } from '../../../ui/VocabularySelect';
import { type ItemEditorProps, ItemModal, useItemEditor } from './ItemModal';
import { type ItemColumn, ItemsTable } from './ItemsTable';
import type { VendorPartProps } from './use-vendor';

const SEVERITY_COLOURS: Record<FindingSeverity, string> = { critical: 'red', high: 'orange', medium: 'yellow', low: 'gray' };

const STATUS_OPTIONS = [
  { value: 'open', label: 'Open' },
  { value: 'closed', label: 'Closed' },
];

const COLUMNS: ItemColumn<Finding>[] = [
  { header: 'Finding', cell: (finding) => finding.title },
  {
    header: 'Severity',
    cell: (finding) => (
      <Badge color={SEVERITY_COLOURS[finding.severity]} variant="light" size="sm">
        {FINDING_SEVERITIES[finding.severity]}
      </Badge>
    ),
  },
  { header: 'Owner', cell: (finding) => finding.owner },
  {
    header: 'Due',
    cell: (finding) => (
      <Group gap="xs" wrap="nowrap">
        {formatDate(finding.dueOn)}
        {finding.overdue && (
          <Text span size="sm" c="red" fw={700}>
            Overdue
          </Text>
        )}
      </Group>
    ),
  },
  { header: 'Status', cell: (finding) => (finding.status === 'open' ? 'Open' : `Closed ${formatDate(finding.closedOn)}`) },
];

function FindingModal({ vendor, item, onClose, onSaved }: ItemEditorProps<Finding>) {
  const draft = useDraft(() => ({
    title: item?.title ?? '',
    severity: item?.severity ?? 'medium',
    owner: item?.owner ?? '',
    dueOn: item?.dueOn ?? '',
    status: item?.status ?? 'open',
    notes: item?.notes ?? '',
  }));
  const { values } = draft;
  return (
    <ItemModal
      title={item ? item.title : 'Add finding'}
      save="vendors.saveFinding"
      toInput={() => ({ ...values, recipientId: vendor.profile.recipientId, id: item?.id, dueOn: values.dueOn === '' ? null : values.dueOn })}
      setErrors={draft.setErrors}
      savedMessage="Finding saved."
      onClose={onClose}
      onSaved={onSaved}
    >
      <TextInput label="What was found" aria-required data-autofocus {...draft.text('title')} />
      <SimpleGrid cols={3} spacing="sm">
        <VocabularySelect label="Severity" vocabulary={FINDING_SEVERITIES} {...draft.field('severity')} />
        <TextInput label="Owner" description="Who follows it up" {...draft.text('owner')} />
        <TextInput label="Due" description="When it must be fixed" type="date" {...draft.text('dueOn')} />
      </SimpleGrid>
      <SegmentedControl
        aria-label="Status"
        data={STATUS_OPTIONS}
        value={values.status}
        onChange={(status) => draft.set('status', status === 'closed' ? 'closed' : 'open')}
        w="fit-content"
      />
      <Textarea label="Notes" autosize minRows={2} maxRows={8} {...draft.text('notes')} />
    </ItemModal>
  );
}

/** What the review found, with owners and due dates; open findings add to the risk, overdue ones are marked red. */
export function FindingsTab({ vendor, onChanged }: VendorPartProps) {
  const editor = useItemEditor<Finding>(onChanged);
  return (
    <>
      <ItemsTable
        label="Findings"
        items={vendor.findings}
        columns={COLUMNS}
        nameOf={(finding) => finding.title}
        empty="No findings. Record what the review finds lacking, with who fixes it and by when."
        addLabel="Add finding"
        onAdd={editor.add}
        save="vendors.saveFinding"
        onEdit={editor.edit}
        alert={(finding) => finding.overdue}
      />
      {editor.open && <FindingModal key={editor.key} vendor={vendor} {...editor.props} />}
    </>
  );
}
