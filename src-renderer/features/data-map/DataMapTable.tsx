import { Badge, Group, Table, Text, UnstyledButton } from '@mantine/core';
import { useMemo } from 'react';
import classes from './DataMapView.module.css';
import { COLUMN_INFO, type DataMap, type DataMapNode, displayLabel } from './model';

/** Rows shown at once: beyond this the filters narrow the list. */
export const TABLE_LIMIT = 500;

interface DataMapTableProps {
  map: DataMap;
  onPick: (node: DataMapNode) => void;
}

/** Every connection of the map as a row: the same content as the picture, for reading line by line. */
export function DataMapTable({ map, onPick }: DataMapTableProps) {
  const nodes = useMemo(() => new Map(map.nodes.map((node) => [node.id, node])), [map]);
  const rows = map.edges.slice(0, TABLE_LIMIT);
  const unlinked = useMemo(() => {
    const linked = new Set(map.edges.flatMap((edge) => [edge.from, edge.to]));
    return map.nodes.filter((node) => !linked.has(node.id));
  }, [map]);
  return (
    <Table.ScrollContainer minWidth={560} maxHeight="70vh">
      <Table striped highlightOnHover stickyHeader captionSide="top">
        <Table.Caption>
          {map.edges.length > TABLE_LIMIT
            ? `The first ${TABLE_LIMIT.toLocaleString('en')} of ${map.edges.length.toLocaleString('en')} connections. Use the filters above to narrow the list.`
            : `${map.edges.length.toLocaleString('en')} ${map.edges.length === 1 ? 'connection' : 'connections'}, from data categories through activities, systems and recipients to countries.`}
          {unlinked.length > 0 && ` Not linked to anything yet: ${unlinked.map(displayLabel).join(', ')}.`}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">From</Table.Th>
            <Table.Th scope="col">To</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((edge) => (
            <Table.Tr key={`${edge.from}>${edge.to}`}>
              <Table.Td>
                <NodeCell node={nodes.get(edge.from)} onPick={onPick} />
              </Table.Td>
              <Table.Td>
                <NodeCell node={nodes.get(edge.to)} onPick={onPick} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function NodeCell({ node, onPick }: { node: DataMapNode | undefined; onPick: (node: DataMapNode) => void }) {
  if (!node) return null;
  const kind = COLUMN_INFO[node.column].singular;
  return (
    <Group gap={6} wrap="nowrap">
      <UnstyledButton className={classes.cellButton} onClick={() => onPick(node)} aria-label={`${displayLabel(node)}, ${kind}: show only its paths`}>
        <Text size="sm" component="span" td="underline" style={{ textDecorationStyle: 'dotted' }}>
          {displayLabel(node)}
        </Text>
      </UnstyledButton>
      <Text size="xs" c="dimmed" component="span">
        {kind}
      </Text>
      {node.flagged && (
        <Badge size="xs" variant="light" color={node.column === 'country' ? 'orange' : 'red'} title={node.note}>
          {flagLabel(node)}
        </Badge>
      )}
    </Group>
  );
}

function flagLabel(node: DataMapNode): string {
  if (node.column === 'country') return 'no adequacy';
  const note = node.note ?? '';
  return [note.includes('Special') && 'special category', note.includes('Criminal') && 'criminal'].filter(Boolean).join(', ') || 'flagged';
}
