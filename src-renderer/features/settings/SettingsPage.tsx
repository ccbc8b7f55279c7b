import { Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useSettings } from '../../app/settings-context';
import { useCallValue } from '../../ui/use-call-value';
import { Page } from '../../ui/Page';
import { BackupsSettings } from '../backups/BackupsSettings';
import { AboutInfo } from './AboutInfo';
import { usePerson } from '../workspace/person-context';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { HolidayCalendars } from './HolidayCalendars';
import { IdleLockForm } from './IdleLockForm';
import { PeopleSettings } from './PeopleSettings';
import { RequestSettingsForm } from './RequestSettingsForm';
import { StatutoryRules } from './StatutoryRules';
import { ThemeSetting } from './ThemeSetting';
import { VendorReviewSettingsForm } from './VendorReviewSettingsForm';

function SettingsGroup({ title, description, children }: { title: string; description: string; children: ReactNode }) {
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
        </div>
        {children}
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
      <SettingsGroup title="Requests" description="Requester details are personal data too: keep them no longer than needed once a request is closed.">
        {requestSettings ? <RequestSettingsForm saved={requestSettings} /> : <Loader size="sm" aria-label="Loading request settings" />}
      </SettingsGroup>
      <SettingsGroup
        title="Vendor reviews"
        description="The security questionnaire sent to vendors, with how much each question counts (0 leaves it out of the score), and how often vendors are reviewed by risk tier."
      >
        {vendorSettings ? <VendorReviewSettingsForm saved={vendorSettings} /> : <Loader size="sm" aria-label="Loading vendor review settings" />}
      </SettingsGroup>
      <SettingsGroup
        title="Statutory rules"
        description="The deadline rules of each regime as recorded in this workspace, with their source. P: from the law text or the regulator; S and U: need legal review."
      >
        <StatutoryRules />
      </SettingsGroup>
      <SettingsGroup
        title="Holiday calendars"
        description="The public holidays that deadlines skip, per jurisdiction. Add the days your office is closed or remove a date; your edits are marked and open deadlines are recomputed."
      >
        <HolidayCalendars />
      </SettingsGroup>
      {person?.role === 'privacy_officer' && (
        <SettingsGroup
          title="People"
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
