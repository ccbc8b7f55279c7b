import { Kbd, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { call, type SearchHit } from '../../../app/api';
import { notifyError } from '../../../ui/notify';
import { AREA_OF_KIND, openInventory } from '../inventory-route';
import { hitId, SearchResults } from './SearchResults';

const RESULT_LIMIT = 50;

/** The field and the hits; mounted on each opening, so it starts empty. */
function SearchPanel({ onClose }: { onClose: () => void }) {
  const listId = useId();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 200);
  const [answer, setAnswer] = useState<{ query: string; hits: SearchHit[] } | null>(null);
  const [active, setActive] = useState(0);

  useEffect(() => {
    if (!debounced) return;
    let current = true;
    void call('inventory.search', { query: debounced, limit: RESULT_LIMIT }).then((result) => {
      if (!current) return;
      if (result.ok) setAnswer({ query: debounced, hits: result.value });
      else notifyError(result.error);
    });
    return () => {
      current = false;
    };
  }, [debounced]);

  const hits = debounced && answer?.query === debounced ? answer.hits : [];
  const highlighted = Math.min(active, Math.max(hits.length - 1, 0));

  function choose(hit: SearchHit) {
    onClose();
    openInventory(AREA_OF_KIND[hit.kind], hit.id);
  }

  function onKey(event: KeyboardEvent<HTMLInputElement>) {
    const moves: Partial<Record<string, number>> = { ArrowDown: highlighted + 1, ArrowUp: highlighted - 1 };
    const move = moves[event.key];
    const hit = hits[highlighted];
    if (move !== undefined) setActive(Math.max(0, Math.min(move, hits.length - 1)));
    else if (event.key === 'Enter' && hit) choose(hit);
    else return;
    event.preventDefault();
  }

  return (
    <Stack gap="sm">
      <TextInput
        aria-label="Search the inventory"
        placeholder="Search activities, data, systems, recipients, cookies…"
        leftSection={<IconSearch size={16} aria-hidden />}
        size="md"
        data-autofocus
        value={query}
        onChange={(event) => {
          setQuery(event.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={onKey}
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={hits.length > 0 ? hitId(listId, highlighted) : undefined}
      />
      {hits.length > 0 && <SearchResults id={listId} hits={hits} active={highlighted} onActivate={setActive} onChoose={choose} />}
      <Text size="xs" c="dimmed" aria-live="polite">
        {!debounced ? (
          <>
            <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> choose · <Kbd size="xs">Enter</Kbd> open · <Kbd size="xs">Esc</Kbd> close
          </>
        ) : answer?.query !== debounced ? (
          'Searching…'
        ) : hits.length === 0 ? (
          'Nothing found.'
        ) : (
          `${hits.length} ${hits.length === 1 ? 'match' : 'matches'}`
        )}
      </Text>
    </Stack>
  );
}

/** Full-text search across the inventory (Ctrl/Cmd+K from anywhere): a chosen hit opens in its editor. */
export function InventorySearch({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal.Root opened={opened} onClose={onClose} size="lg" yOffset="12vh" padding="sm">
      <Modal.Overlay />
      <Modal.Content aria-label="Inventory search">
        <Modal.Body>
          <SearchPanel onClose={onClose} />
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
