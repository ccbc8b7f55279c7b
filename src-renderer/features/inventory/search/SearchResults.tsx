import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import type { SearchHit } from '../../../app/api';
import { KIND_LABELS } from '../kind-labels';
import { Snippet } from './Snippet';

interface SearchResultsProps {
  id: string;
  hits: readonly SearchHit[];
  active: number;
  onActivate: (index: number) => void;
  onChoose: (hit: SearchHit) => void;
}

export const hitId = (listId: string, index: number) => `${listId}-${index}`;

/** The hits as a listbox driven from the search field: the field keeps focus, arrows move the highlight. */
export function SearchResults({ id, hits, active, onActivate, onChoose }: SearchResultsProps) {
  return (
    <Stack gap={2} role="listbox" id={id} aria-label="Search results" mah="60vh" style={{ overflowY: 'auto' }}>
      {hits.map((hit, index) => (
        <UnstyledButton
          key={`${hit.kind}:${hit.id}`}
          id={hitId(id, index)}
          role="option"
          aria-selected={index === active}
          tabIndex={-1}
          onMouseEnter={() => onActivate(index)}
          onClick={() => onChoose(hit)}
          p="xs"
          bg={index === active ? 'var(--mantine-primary-color-light)' : undefined}
          style={{ borderRadius: 'var(--mantine-radius-sm)' }}
        >
          <Group gap="xs" wrap="nowrap" mb={2}>
            <Badge size="xs" variant="outline" style={{ flexShrink: 0 }}>
              {KIND_LABELS[hit.kind]}
            </Badge>
            <Text size="sm" fw={500} truncate>
              {hit.title}
            </Text>
          </Group>
          <Snippet text={hit.snippet} />
        </UnstyledButton>
      ))}
    </Stack>
  );
}
