import { Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CallName } from '../../app/api';
import { ReadOnlyNote } from '../../ui/ReadOnly';
import { useSettings } from '../../app/settings-context';
import { useCallValue } from '../../ui/use-call-value';
import { Page } from '../../ui/Page';
import { BackupsSettings } from '../backups/BackupsSettings';
import { AboutInfo } from './AboutInfo';
import { useCan, usePerson, whoCan } from '../workspace/person-context';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { HolidayCalendars } from './HolidayCalendars';
import { IdleLockForm } from './IdleLockForm';
import { PeopleSettings } from './PeopleSettings';
import { RequestSettingsForm } from './RequestSettingsForm';
import { StatutoryRules } from './StatutoryRules';
import { ThemeSetting } from './ThemeSetting';
import { VendorReviewSettingsForm } from './VendorReviewSettingsForm';

interface SettingsGroupProps {
  title: string;
  description: string;
  /** The call that saves this group: a role that may not make it sees the group read-only, with a line saying who can change it. */
  changedBy?: CallName;
  /** With `changedBy`: hide the content too, not just show it read-only (when the role may not even read it). */
  hideReadOnly?: boolean;
  children: ReactNode;
}

function SettingsGroup({ title, description, changedBy, hideReadOnly = false, children }: SettingsGroupProps) {
  // Always called (a hook); `settings.get` needs nothing, so a group without `changedBy` is editable by everyone.
  const editable = useCan(changedBy ?? 'settings.get');
  return (
    <Paper withBorder radius="md" p="lg" component="section">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4">
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {description}
          </Text>
          {!editable && changedBy && <ReadOnlyNote>{whoCan(changedBy)}</ReadOnlyNote>}
        </div>
        {(editable || !hideReadOnly) && children}
      </Stack>
    </Paper>
  );
}

export function SettingsPage() {
  const { settings } = useSettings();
  const requestSettings = useCallValue('requests.settings.get', {});
  const vendorSettings = useCallValue('vendors.reviewSettings.get', {});
  const person = usePerson();
  return (
    <Page title="Settings">
      <SettingsGroup
        title="Automatic lock"
        description="Locking closes the workspace and forgets the key; the passphrase opens it again."
      >
        {/* Mounted once settings arrive, so the field starts from the saved value. */}
        {settings ? <IdleLockForm saved={settings.idleLockMinutes} /> : <Loader size="sm" aria-label="Loading settings" />}
      </SettingsGroup>
      <SettingsGroup title="Requests" changedBy="requests.settings.save" description="Requester details are personal data too: keep them no longer than needed once a request is closed.">
        {requestSettings ? <RequestSettingsForm saved={requestSettings} /> : <Loader size="sm" aria-label="Loading request settings" />}
      </SettingsGroup>
      <SettingsGroup
        title="Vendor reviews"
        changedBy="vendors.reviewSettings.save"
        description="The security questionnaire sent to vendors, with how much each question counts (0 leaves it out of the score), and how often vendors are reviewed by risk tier."
      >
        {vendorSettings ? <VendorReviewSettingsForm saved={vendorSettings} /> : <Loader size="sm" aria-label="Loading vendor review settings" />}
      </SettingsGroup>
      <SettingsGroup
        title="Statutory rules"
        changedBy="deadlines.saveOverrides"
        description="The deadline rules of each regime as recorded in this workspace, with their source. P: from the law text or the regulator; S and U: need legal review."
      >
        <StatutoryRules />
      </SettingsGroup>
      <SettingsGroup
        title="Holiday calendars"
        changedBy="deadlines.saveCalendarEdits"
        description="The public holidays that deadlines skip, per jurisdiction. Add the days your office is closed or remove a date; your edits are marked and open deadlines are recomputed."
      >
        <HolidayCalendars />
      </SettingsGroup>
      {person && (
        <SettingsGroup
          title="People"
          changedBy="people.add"
          hideReadOnly
          description="Who can unlock this workspace, each with their own passphrase. Privacy officers can do everything; staff log and work requests and generate reports; managers read and report but change nothing."
        >
          <PeopleSettings me={person.name} />
        </SettingsGroup>
      )}
      <SettingsGroup title="Appearance" description="Auto follows the light or dark mode of the operating system.">
        <ThemeSetting />
      </SettingsGroup>
      <SettingsGroup
        title="Backups"
        changedBy="backups.create"
        hideReadOnly
        description="Encrypted copies of the whole workspace, taken while it stays open. Each backup is kept with its key file and opens with the passphrases people had when it was taken."
      >
        <BackupsSettings />
      </SettingsGroup>
      <SettingsGroup
        title="Change passphrase"
        description="Your own passphrase: only your key slot changes, no one else's. There is no way to recover a forgotten one (the privacy officer can remove you and add you again), so store it in your password manager."
      >
        <ChangePassphraseForm />
      </SettingsGroup>
      <SettingsGroup title="About" description="The app works offline: nothing you enter leaves this computer.">
        <AboutInfo />
      </SettingsGroup>
    </Page>
  );
}
