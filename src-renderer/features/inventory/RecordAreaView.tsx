import { type ComponentType, useCallback, useEffect, useState } from 'react';
import type { Result } from '../../app/api';
import { notifyError } from '../../ui/notify';
import type { ListConfig, TableRow } from '../../ui/record-table/types';
import { RecordTable } from '../../ui/RecordTable';
import { useCan } from '../workspace/person-context';
import { openInventory, type RecordArea, useInventoryRoute } from './inventory-route';

export interface EditorProps<D> {
  /** The stored record; null while creating one. */
  record: D | null;
  /** The drawer's title while creating, e.g. "New system". */
  newTitle: string;
  /** A form path to jump to once open (from the completeness check). */
  focusField: string | null;
  onClose: () => void;
  /** Saved, archived or deleted. */
  onSaved: () => void;
}

/** One inventory area: its list, how to fetch one record, and its editor. "New <noun>" creates one. */
export interface AreaDef<Row extends TableRow, S extends string, D> extends ListConfig<Row, S> {
  area: RecordArea;
  get: (id: number) => Promise<Result<D>>;
  Editor: ComponentType<EditorProps<D>>;
}

/** The record the URL names, fetched fresh each time it is opened. */
function useOpenedRecord<D>(get: (id: number) => Promise<Result<D>>, record: number | 'new' | null, version: number, onMissing: () => void) {
  const [answer, setAnswer] = useState<{ key: string; record: D } | null>(null);
  const key = `${String(record)}:${version}`;

  useEffect(() => {
    if (typeof record !== 'number') return;
    let current = true;
    void get(record).then((result) => {
      if (!current) return;
      if (result.ok) setAnswer({ key, record: result.value });
      else {
        notifyError(result.error);
        onMissing();
      }
    });
    return () => {
      current = false;
    };
  }, [get, record, key, onMissing]);

  if (record === 'new') return { key, record: null };
  return typeof record === 'number' && answer?.key === key ? answer : null;
}

/** A tab of the Inventory: the area's table, with its editor in a drawer when the URL names a record. */
export function RecordAreaView<Row extends TableRow, S extends string, D>({ def }: { def: AreaDef<Row, S, D> }) {
  const route = useInventoryRoute();
  const [version, setVersion] = useState(0);
  // Back where the editor was opened from (the completeness check), or to this area's list.
  const close = useCallback(() => openInventory(route.from ?? def.area), [route.from, def.area]);
  const opened = useOpenedRecord(def.get, route.record, version, close);
  const { Editor } = def;
  const newLabel = `New ${def.noun.one}`;
  const canEdit = useCan(`inventory.${def.area}.save`);

  return (
    <>
      <RecordTable
        tableId={def.area}
        config={def}
        newLabel={newLabel}
        onOpen={(row) => openInventory(def.area, row.id)}
        onNew={canEdit ? () => openInventory(def.area, 'new') : undefined}
        reloadKey={version}
        covered={route.record !== null}
      />
      {opened && (
        <Editor
          key={opened.key}
          record={opened.record}
          newTitle={newLabel}
          focusField={route.field}
          onClose={close}
          onSaved={() => {
            setVersion((current) => current + 1);
            close();
          }}
        />
      )}
    </>
  );
}
