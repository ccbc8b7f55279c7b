import { Button, Group, Stack } from '@mantine/core';
import { type ReactNode, useRef } from 'react';
import type { VendorProfile } from '../../../app/api';
import { notifySuccess } from '../../../ui/notify';
import { type Draft, useDraft } from '../../../ui/use-draft';
import { useSubmit } from '../../../ui/use-submit';
import { Editable, ReadOnlyNote } from '../../../ui/ReadOnly';
import { useCan, whoCan } from '../../workspace/person-context';
import type { VendorPartProps } from './use-vendor';

/** The profile as its form holds it: dates and numbers as the inputs give them ('' for none). */
function draftOf(profile: VendorProfile) {
  return {
    role: profile.role,
    services: profile.services,
    contact: profile.contact,
    privacyContact: profile.privacyContact,
    website: profile.website,
    dpaStatus: profile.dpaStatus,
    dpaSignedOn: profile.dpaSignedOn ?? '',
    dpaReference: profile.dpaReference,
    contractStart: profile.contractStart ?? '',
    contractEnd: profile.contractEnd ?? '',
    noticePeriodDays: (profile.noticePeriodDays ?? '') as number | string,
    volumeBand: profile.volumeBand,
    incidents24m: profile.incidents24m as number | string,
  };
}

export type ProfileDraft = Draft<ReturnType<typeof draftOf>>;

const dateOrNull = (value: string) => (value === '' ? null : value);

interface ProfileFormProps extends VendorPartProps {
  /** The fields this part of the page edits; the others are sent as they are. */
  children: (draft: ProfileDraft) => ReactNode;
}

/**
 * One part of the vendor's profile (overview, contract) as a form saved with `vendors.saveProfile`.
 * Mount it keyed by the profile's `updatedAt`, so it starts again from what was saved.
 */
export function ProfileForm({ vendor, onChanged, children }: ProfileFormProps) {
  const { profile } = vendor;
  const draft = useDraft(() => draftOf(profile));
  const formRef = useRef<HTMLFormElement>(null);
  const { submit, submitting } = useSubmit('vendors.saveProfile', draft.setErrors, formRef);
  const { values } = draft;
  const canSave = useCan('vendors.saveProfile');

  async function save() {
    const saved = await submit({
      ...values,
      recipientId: profile.recipientId,
      lastReviewedOn: profile.lastReviewedOn,
      dpaSignedOn: dateOrNull(values.dpaSignedOn),
      contractStart: dateOrNull(values.contractStart),
      contractEnd: dateOrNull(values.contractEnd),
      noticePeriodDays: typeof values.noticePeriodDays === 'number' ? values.noticePeriodDays : null,
      incidents24m: typeof values.incidents24m === 'number' ? values.incidents24m : 0,
    });
    if (!saved) return;
    notifySuccess(`“${saved.profile.name}” saved.`);
    onChanged(saved);
  }

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (canSave && !submitting) void save();
      }}
    >
      <Stack gap="sm" maw={720}>
        <Editable editable={canSave}>
          <Stack gap="sm">{children(draft)}</Stack>
        </Editable>
        {canSave ? (
          <Group>
            <Button type="submit" loading={submitting} disabled={!draft.dirty}>
              Save
            </Button>
          </Group>
        ) : (
          <ReadOnlyNote>{whoCan('vendors.saveProfile')}</ReadOnlyNote>
        )}
      </Stack>
    </form>
  );
}
