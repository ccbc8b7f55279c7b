import { Badge, Button, Group, Loader, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { call } from '../../app/api';
import { notifyError, notifySuccess } from '../../ui/notify';
import { useCallValue } from '../../ui/use-call-value';
import { useFormCall } from '../../ui/use-form-call';
import { useCan } from '../workspace/person-context';
import { VerificationBadge } from '../requests/request-badges';

const THIS_YEAR = new Date().getFullYear();
const YEAR_OPTIONS = Array.from({ length: 7 }, (_, i) => String(THIS_YEAR - 2 + i));

/** The holiday calendars the deadlines count with: one calendar's holidays in one year; the officer adds and removes dates. */
export function HolidayCalendars() {
  const [year, setYear] = useState(THIS_YEAR);
  const [calendarId, setCalendarId] = useState('US');
  const [version, setVersion] = useState(0);
  const calendars = useCallValue('deadlines.calendars', { year }, `${year}-${version}`);
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const form = useFormCall('deadlines.saveCalendarEdits');
  const canEdit = useCan('deadlines.saveCalendarEdits');

  if (calendars === null) return <Loader size="sm" aria-label="Loading the calendars" />;
  const chosen = calendars.find((entry) => entry.calendar.id === calendarId) ?? calendars[0];
  if (!chosen) return <Text size="sm">No calendars.</Text>;
  const { calendar, holidays } = chosen;
  const removedThisYear = calendar.removed.filter((day) => day.startsWith(`${year}-`));

  async function add() {
    const done = await form.submit({ calendarId: calendar.id, add: [`${date.trim()} ${name.trim()}`.trim()], remove: [] });
    if (!done) return;
    notifySuccess(`${date} is a holiday in ${calendar.name} now.`);
    setDate('');
    setName('');
    setVersion((v) => v + 1);
  }

  async function remove(day: string, holidayName: string) {
    const result = await call('deadlines.saveCalendarEdits', { calendarId: calendar.id, add: [], remove: [day] });
    if (!result.ok) {
      notifyError(result.error);
      return;
    }
    notifySuccess(`${day} (${holidayName}) is no holiday in ${calendar.name} now.`);
    setVersion((v) => v + 1);
  }

  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end">
        <Select
          label="Calendar"
          data={calendars.map((entry) => ({ value: entry.calendar.id, label: `${entry.calendar.name} (${entry.calendar.jurisdiction})` }))}
          allowDeselect={false}
          searchable
          value={calendar.id}
          onChange={(value) => value && setCalendarId(value)}
          w={320}
        />
        <Select label="Year" data={YEAR_OPTIONS} allowDeselect={false} value={String(year)} onChange={(value) => value && setYear(Number(value))} w={110} />
      </Group>
      <Group gap="xs">
        <Text size="xs" c="dimmed">
          Source: {calendar.source}
        </Text>
        <VerificationBadge verification={calendar.verification} />
      </Group>
      {calendar.note && (
        <Text size="xs" c="dimmed">
          {calendar.note}
        </Text>
      )}
      <Table aria-label={`Holidays of ${calendar.name} in ${year}`} verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Date</Table.Th>
            <Table.Th>Holiday</Table.Th>
            <Table.Th>Marker</Table.Th>
            {canEdit && <Table.Th>Actions</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {holidays.map((holiday) => (
            <Table.Tr key={`${holiday.date}-${holiday.name}`}>
              <Table.Td>{holiday.date}</Table.Td>
              <Table.Td>
                <Group gap={6}>
                  {holiday.name}
                  {holiday.substitute && (
                    <Badge size="xs" variant="light" color="gray" tt="none">
                      Substitute day
                    </Badge>
                  )}
                  {holiday.added && (
                    <Badge size="xs" variant="light" color="grape" tt="none">
                      Added by you
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <VerificationBadge verification={holiday.verification} />
              </Table.Td>
              {canEdit && (
                <Table.Td>
                  <Button size="compact-xs" variant="subtle" color="red" onClick={() => void remove(holiday.date, holiday.name)} aria-label={`Remove ${holiday.date} ${holiday.name}`}>
                    Remove
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
          {holidays.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={canEdit ? 4 : 3}>
                <Text size="sm" c="dimmed">
                  No holidays in {year}.
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
      {removedThisYear.length > 0 && (
        <Group gap={6}>
          <Text size="xs" c="dimmed">
            Removed by you:
          </Text>
          {removedThisYear.map((day) => (
            <Badge key={day} size="xs" variant="outline" color="grape" tt="none">
              {day}
            </Badge>
          ))}
        </Group>
      )}
      {canEdit && (
        <form {...form.formProps(add)} aria-label="Add a holiday">
          <Group gap="sm" align="flex-start">
            <TextInput label="Date" type="date" value={date} onChange={(event) => setDate(event.currentTarget.value)} {...form.at('add')} w={180} />
            <TextInput label="Name" placeholder="Office closed" value={name} onChange={(event) => setName(event.currentTarget.value)} maxLength={180} w={280} />
            <Button type="submit" variant="default" mt={25} loading={form.submitting}>
              Add holiday
            </Button>
          </Group>
        </form>
      )}
    </Stack>
  );
}
