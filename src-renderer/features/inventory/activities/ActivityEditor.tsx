import type { Activity } from '../../../app/api';
import { useDraft } from '../../../ui/use-draft';
import { EditorDrawer } from '../editor/EditorDrawer';
import type { EditorProps } from '../RecordAreaView';
import { draftOf, toInput } from './activity-draft';
import { ComplianceSections } from './ComplianceSections';
import { DataSection } from './DataSection';
import { GeneralSection } from './GeneralSection';
import { PurposesSection } from './PurposesSection';
import { RetentionSection } from './RetentionSection';
import { SharingSection } from './SharingSection';
import { TransfersSection } from './TransfersSection';

/** A processing activity, whole: everything the Art. 30 record and the privacy notice need. */
export function ActivityEditor(props: EditorProps<Activity>) {
  const draft = useDraft(() => draftOf(props.record));
  return (
    <EditorDrawer
      {...props}
      area="activities"
     
      draft={draft}
      save="inventory.activities.save"
      toInput={() => toInput(draft.values, props.record?.id)}
    >
      <GeneralSection draft={draft} />
      <PurposesSection draft={draft} />
      <DataSection draft={draft} />
      <SharingSection draft={draft} />
      <TransfersSection draft={draft} />
      <RetentionSection draft={draft} />
      <ComplianceSections draft={draft} />
    </EditorDrawer>
  );
}
