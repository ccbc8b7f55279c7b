import { ActionIcon, Alert, Badge, Box, Button, CloseButton, Group, LoadingOverlay, SegmentedControl, Select, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconRefresh, IconSitemap } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { call } from '../../app/api';
import { EmptyState } from '../../ui/EmptyState';
import { FailureAlert } from '../../ui/FailureAlert';
import { notifyError } from '../../ui/notify';
import { DataMapPicture } from './DataMapPicture';
import { DataMapTable } from './DataMapTable';
import classes from './DataMapView.module.css';
import {
  activeFilterColumns,
  type Caps,
  COLUMN_INFO,
  COLUMNS,
  DEFAULT_CAPS,
  type DataMap,
  type DataMapColumn,
  type DataMapFilter,
  type DataMapNode,
  displayLabel,
  filterForNode,
  filterNodeId,
  ROW_STEP,
  sameFilter,
  unpackMap,
  withFilterPart,
} from './model';

interface Loaded {
  filter: DataMapFilter;
  /** The reload count it answers; an older one is stale. */
  reload: number;
  /** Null when the call failed and there was nothing to keep. */
  map: DataMap | null;
  failed: boolean;
}

const NO_FILTER: DataMapFilter = {};

/**
 * The data map of the Inventory page: data categories -> activities -> systems -> recipients ->
 * countries, as a picture (or a table), narrowed by a filter on any one record.
 */
export function DataMapView() {
  const [filter, setFilter] = useState<DataMapFilter>(NO_FILTER);
  const [reload, setReload] = useState(0);
  const [full, setFull] = useState<Loaded | null>(null);
  const [narrowed, setNarrowed] = useState<Loaded | null>(null);
  const [view, setView] = useState<'picture' | 'table'>('picture');
  const [caps, setCaps] = useState<Caps>(DEFAULT_CAPS);
  const filtering = activeFilterColumns(filter).length > 0;

  // The whole map: for the filter options, the empty state, and the picture when nothing is chosen.
  useEffect(() => {
    let current = true;
    void call('inventory.dataMap', NO_FILTER).then((result) => {
      if (!current) return;
      if (!result.ok) notifyError(result.error);
      setFull((before) => ({ filter: NO_FILTER, reload, map: result.ok ? unpackMap(result.value) : (before?.map ?? null), failed: !result.ok }));
    });
    return () => {
      current = false;
    };
  }, [reload]);

  useEffect(() => {
    if (!filtering) return;
    let current = true;
    void call('inventory.dataMap', filter).then((result) => {
      if (!current) return;
      if (!result.ok) notifyError(result.error);
      setNarrowed((before) => ({ filter, reload, map: result.ok ? unpackMap(result.value) : (before?.map ?? null), failed: !result.ok }));
    });
    return () => {
      current = false;
    };
  }, [filter, filtering, reload]);

  const fullFresh = full !== null && full.reload === reload;
  const narrowedFresh = narrowed !== null && narrowed.reload === reload && sameFilter(narrowed.filter, filter);
  const loading = filtering ? !narrowedFresh : !fullFresh;
  // While a new answer is on its way the last picture stays, under a loading veil.
  const shown = filtering ? (narrowed?.map ?? full?.map ?? null) : (full?.map ?? null);

  const options = useMemo(() => optionsOf(full?.map ?? null), [full]);
  const names = useMemo(() => new Map((full?.map?.nodes ?? []).map((node) => [node.id, displayLabel(node)])), [full]);
  const selected = useMemo(
    () => new Set(COLUMNS.map((info) => filterNodeId(info.column, filter)).filter((id): id is string => id !== null)),
    [filter],
  );

  function choose(next: DataMapFilter) {
    setFilter(next);
    setCaps(DEFAULT_CAPS);
  }

  function pick(node: DataMapNode) {
    const only = filterForNode(node);
    choose(sameFilter(only, filter) ? NO_FILTER : only);
  }

  function more(column: DataMapColumn) {
    setCaps((before) => ({ ...before, [column]: before[column] + ROW_STEP }));
  }

  const hasActivities = full?.map?.nodes.some((node) => node.column === 'activity') ?? false;
  const header = (
    <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
      <Stack gap={4} maw={620}>
        <Title order={2}>Data map</Title>
        <Text size="sm" c="dimmed">
          Where personal data goes: from the data categories, through the activities that use them, to the systems that
          hold it, the recipients that receive it and the countries it reaches. Retired and archived activities are left
          out.
        </Text>
      </Stack>
      <Group gap="xs">
        {hasActivities && (
          <SegmentedControl
            aria-label="Show the map as"
            value={view}
            onChange={(value) => setView(value === 'table' ? 'table' : 'picture')}
            data={[
              { value: 'picture', label: 'Picture' },
              { value: 'table', label: 'Table' },
            ]}
          />
        )}
        <Tooltip label="Reload the map" withArrow>
          <ActionIcon variant="default" size="lg" aria-label="Reload the map" onClick={() => setReload((n) => n + 1)} loading={loading && shown !== null}>
            <IconRefresh size={18} />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Group>
  );

  if (full === null) {
    return (
      <Stack gap="md">
        {header}
        <Box pos="relative" mih={240}>
          <LoadingOverlay visible zIndex={1} overlayProps={{ blur: 1 }} />
        </Box>
      </Stack>
    );
  }

  if (full.map === null) {
    return (
      <Stack gap="md">
        {header}
        <FailureAlert title="The data map could not be loaded">
          <Group justify="space-between">
            <Text size="sm">Check that the workspace is still unlocked, then try again.</Text>
            <Button size="xs" variant="default" onClick={() => setReload((n) => n + 1)}>
              Try again
            </Button>
          </Group>
        </FailureAlert>
      </Stack>
    );
  }

  if (!hasActivities) {
    return (
      <Stack gap="md">
        {header}
        <EmptyState icon={IconSitemap} title="Nothing to map yet">
          The map draws each processing activity with its data categories, systems, recipients and the countries the data
          goes to. Add an activity in the Activities tab (retired and archived ones are not drawn), link its data
          categories, systems and recipients, then come back here.
        </EmptyState>
      </Stack>
    );
  }

  const parts = activeFilterColumns(filter);
  const empty = shown !== null && shown.nodes.length === 0;

  return (
    <Stack gap="md">
      {header}

      <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="xs">
        {COLUMNS.map((info) => (
          <Select
            key={info.column}
            label={filterLabel(info.column)}
            placeholder="Any"
            data={options[info.column]}
            value={filterNodeId(info.column, filter)}
            onChange={(value) => choose(withFilterPart(filter, info.column, value))}
            searchable
            clearable
            limit={100}
            nothingFoundMessage="None matches"
            size="sm"
            comboboxProps={{ withinPortal: true }}
          />
        ))}
      </SimpleGrid>

      {parts.length > 0 && (
        <Group gap="xs" aria-label="Current filter" role="group">
          <Text size="sm" c="dimmed">
            Showing only the paths through
          </Text>
          {parts.map((column) => {
            const id = filterNodeId(column, filter) ?? '';
            const name = names.get(id) ?? id.slice(id.indexOf(':') + 1);
            return (
              <Badge
                key={column}
                size="lg"
                variant="light"
                tt="none"
                rightSection={
                  <CloseButton
                    size="xs"
                    variant="transparent"
                    aria-label={`Clear the ${COLUMN_INFO[column].singular} filter (${name})`}
                    onClick={() => choose(withFilterPart(filter, column, null))}
                  />
                }
              >
                {filterLabel(column)}: {name}
              </Badge>
            );
          })}
          {parts.length > 1 && (
            <Button size="compact-sm" variant="subtle" onClick={() => choose(NO_FILTER)}>
              Clear all
            </Button>
          )}
        </Group>
      )}

      {view === 'picture' && <Legend />}

      <Box pos="relative">
        <LoadingOverlay visible={loading} zIndex={3} overlayProps={{ blur: 1, backgroundOpacity: 0.35 }} />
        {shown === null ? null : empty ? (
          <Alert color="gray" title="No path goes through all of the chosen records">
            <Group justify="space-between">
              <Text size="sm">A path runs through one system or one recipient, never both; try fewer filters.</Text>
              <Button size="xs" variant="default" onClick={() => choose(NO_FILTER)}>
                Clear filter
              </Button>
            </Group>
          </Alert>
        ) : view === 'picture' ? (
          <DataMapPicture map={shown} selected={selected} caps={caps} summary={summarise(shown, filter, names)} onPick={pick} onMore={more} />
        ) : (
          <DataMapTable map={shown} onPick={pick} />
        )}
      </Box>
    </Stack>
  );
}

function filterLabel(column: DataMapColumn): string {
  const singular = COLUMN_INFO[column].singular;
  return singular.charAt(0).toUpperCase() + singular.slice(1);
}

type Options = Record<DataMapColumn, { value: string; label: string }[]>;

/** The filter choices of each column, from the whole map's own nodes; countries by name. */
function optionsOf(map: DataMap | null): Options {
  const options: Options = { category: [], activity: [], system: [], recipient: [], country: [] };
  for (const node of map?.nodes ?? []) {
    const label = node.column === 'country' ? `${displayLabel(node)} (${node.label})` : node.label;
    options[node.column].push({ value: node.id, label });
  }
  options.country.sort((a, b) => a.label.localeCompare(b.label, 'en'));
  // Two records with one name stay apart: the second gets its number.
  for (const list of Object.values(options)) {
    const seen = new Map<string, number>();
    for (const option of list) seen.set(option.label, (seen.get(option.label) ?? 0) + 1);
    for (const option of list) if ((seen.get(option.label) ?? 0) > 1) option.label = `${option.label} (#${option.value.slice(option.value.indexOf(':') + 1)})`;
  }
  return options;
}

/** The picture's accessible name: what it holds, what stands out, and where to read it row by row. */
function summarise(map: DataMap, filter: DataMapFilter, names: ReadonlyMap<string, string>): string {
  const counts = COLUMNS.map((info) => {
    const n = map.nodes.filter((node) => node.column === info.column).length;
    return `${n.toLocaleString('en')} ${n === 1 ? info.singular : info.plural}`;
  });
  const flagged = map.nodes.filter((node) => node.flagged);
  const flaggedText = flagged.length
    ? ` Flagged: ${flagged
        .slice(0, 8)
        .map((node) => `${displayLabel(node)} (${node.column === 'country' ? 'no adequacy decision' : 'special-category or criminal data'})`)
        .join(', ')}${flagged.length > 8 ? ` and ${flagged.length - 8} more` : ''}.`
    : ' Nothing flagged.';
  const through = activeFilterColumns(filter)
    .map((column) => {
      const id = filterNodeId(column, filter) ?? '';
      return names.get(id) ?? id;
    })
    .join(' and ');
  return `Data map${through ? ` of the paths through ${through}` : ''}: ${counts.join(', ')}, joined by ${map.edges.length.toLocaleString('en')} connections.${flaggedText} Choose the Table view to read each connection.`;
}

function Legend() {
  return (
    <Group gap="lg" wrap="wrap">
      <Group gap={6} wrap="nowrap">
        <span className={`${classes.swatch} ${classes.swatchRed}`} aria-hidden />
        <Text size="xs">Special-category or criminal-offence data</Text>
      </Group>
      <Group gap={6} wrap="nowrap">
        <span className={`${classes.swatch} ${classes.swatchOrange}`} aria-hidden />
        <Text size="xs">Country without an adequacy decision</Text>
      </Group>
      <Group gap={6} wrap="nowrap">
        <span className={classes.orangeLine} aria-hidden />
        <Text size="xs">Data going to such a country</Text>
      </Group>
      <Group gap={6} wrap="nowrap">
        <span className={classes.dashed} aria-hidden />
        <Text size="xs">Transfer with no recipient named</Text>
      </Group>
    </Group>
  );
}
