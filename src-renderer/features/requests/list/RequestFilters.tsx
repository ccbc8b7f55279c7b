import { Group, MultiSelect, SegmentedControl, Select, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { KeyboardEvent } from 'react';
import { REQUEST_STATUSES, REQUEST_TYPES } from '../../../app/api';
import { isCode, vocabularyOptions, type Option } from '../../../ui/vocabulary';
import type { DueFilter } from '../requests-route';
import type { Regimes } from '../use-regimes';
import type { RequestQueryState, RequestState } from './use-request-query';

const STATE_OPTIONS: Option<RequestState>[] = [
  { value: 'open', label: 'Open' },
  { value: 'closed', label: 'Closed' },
  { value: 'all', label: 'All' },
];

const DUE_LABELS: Record<DueFilter, string> = {
  any: 'Any due date',
  overdue: 'Overdue',
  this_week: 'Due this week',
  next_30_days: 'Due in the next 30 days',
};

const isState = (value: string): value is RequestState => STATE_OPTIONS.some((option) => option.value === value);

/** The first toolbar row: search, open or closed, assignee. ArrowDown in the search box moves into the rows. */
export function RequestSearch({ list, onEnterRows }: { list: RequestQueryState; onEnterRows: () => void }) {
  const { filters, setFilter } = list;

  function onSearchKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'ArrowDown') return;
    event.preventDefault();
    onEnterRows();
  }

  return (
    <Group gap="xs">
      <TextInput
        aria-label="Search requests"
        placeholder="Reference or requester’s name…"
        leftSection={<IconSearch size={16} stroke={1.6} aria-hidden />}
        value={filters.search}
        onChange={(event) => setFilter('search', event.currentTarget.value)}
        onKeyDown={onSearchKey}
        w={260}
      />
      <SegmentedControl aria-label="Open or closed" data={STATE_OPTIONS} value={filters.state} onChange={(value) => isState(value) && setFilter('state', value)} />
      <TextInput aria-label="Assignee" placeholder="Assignee" value={filters.assignee} onChange={(event) => setFilter('assignee', event.currentTarget.value)} w={150} />
    </Group>
  );
}

interface DateFilterProps {
  /** Read by screen readers, e.g. "Received from". */
  label: string;
  /** Shown inside the field, e.g. "from". */
  shown: string;
  field: 'receivedFrom' | 'receivedTo';
  list: RequestQueryState;
}

function DateFilter({ label, shown, field, list }: DateFilterProps) {
  return (
    <TextInput
      type="date"
      aria-label={label}
      title={label}
      leftSection={
        <Text size="xs" c="dimmed" aria-hidden>
          {shown}
        </Text>
      }
      leftSectionWidth={shown.length * 7 + 10}
      value={list.filters[field]}
      onChange={(event) => list.setFilter(field, event.currentTarget.value)}
      w={shown.length * 7 + 128}
    />
  );
}

interface CodesFilterProps<V extends Record<string, string>> {
  label: string;
  vocabulary: V;
  value: (keyof V & string)[];
  onChange: (value: (keyof V & string)[]) => void;
}

/** Several codes of a vocabulary; the label shows as a placeholder while none is chosen. */
function CodesFilter<V extends Record<string, string>>({ label, vocabulary, value, onChange }: CodesFilterProps<V>) {
  return (
    <MultiSelect
      aria-label={label}
      placeholder={value.length ? undefined : label}
      data={vocabularyOptions(vocabulary)}
      value={value}
      onChange={(codes) => onChange(codes.filter((code) => isCode(vocabulary, code)))}
      clearable
      w={150}
    />
  );
}

/** The second toolbar row: status, type, regime, due date and the received dates. Labels are for screen readers; placeholders name them on screen. */
export function RequestFilters({ list, regimes }: { list: RequestQueryState; regimes: Regimes }) {
  const { filters, setFilter } = list;
  return (
    <Group gap="xs">
      <CodesFilter label="Statuses" vocabulary={REQUEST_STATUSES} value={filters.statuses} onChange={(statuses) => setFilter('statuses', statuses)} />
      <CodesFilter label="Request types" vocabulary={REQUEST_TYPES} value={filters.types} onChange={(types) => setFilter('types', types)} />
      <Select aria-label="Regime" placeholder="Regime" data={regimes.options} value={filters.regimeId} onChange={(value) => setFilter('regimeId', regimes.isRegimeId(value) ? value : null)} clearable w={170} />
      <Select aria-label="Due" data={vocabularyOptions(DUE_LABELS)} value={filters.due} onChange={(value) => setFilter('due', isCode(DUE_LABELS, value) ? value : 'any')} allowDeselect={false} w={170} />
      <DateFilter label="Received from" shown="Received" field="receivedFrom" list={list} />
      <DateFilter label="Received to" shown="to" field="receivedTo" list={list} />
    </Group>
  );
}
