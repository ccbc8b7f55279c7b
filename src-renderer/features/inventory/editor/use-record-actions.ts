import { useState } from 'react';
import { call, type Result, type Usage } from '../../../app/api';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { KIND_OF_AREA, type RecordArea } from '../inventory-route';

export interface SavedRecord {
  id: number;
  name: string;
  archivedAt: string | null;
}

/**
 * Archive, unarchive and delete one record. Deleting first looks up where the
 * record is used, so the person sees it (and may archive instead) before the
 * delete is sent with `confirmed`.
 */
export function useRecordActions(area: RecordArea, record: SavedRecord | null, onDone: () => void) {
  const [usage, setUsage] = useState<Usage[] | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(work: () => Promise<Result<unknown>>, done: string) {
    setBusy(true);
    const result = await work();
    setBusy(false);
    if (!result.ok) return notifyError(result.error);
    setUsage(null);
    notifySuccess(done);
    onDone();
  }

  function setArchived(archived: boolean) {
    if (!record) return;
    const done = archived ? `“${record.name}” archived. It stays in past reports and can be restored.` : `“${record.name}” restored.`;
    void run(() => call(`inventory.${area}.archive`, { id: record.id, archived }), done);
  }

  async function askDelete() {
    if (!record) return;
    setBusy(true);
    const result = await call('inventory.usage', { kind: KIND_OF_AREA[area], id: record.id });
    setBusy(false);
    if (result.ok) setUsage(result.value);
    else notifyError(result.error);
  }

  function confirmDelete() {
    if (!record) return;
    void run(() => call(`inventory.${area}.delete`, { id: record.id, confirmed: true }), `“${record.name}” deleted.`);
  }

  return { usage, busy, setArchived, askDelete, confirmDelete, cancelDelete: () => setUsage(null) };
}
