import { Button, Menu, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconChevronDown, IconFileCode, IconFileImport, IconFileSpreadsheet, IconFileTypeCsv, IconFileTypeXls, IconTransfer } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { PLAINTEXT_WARNING } from '../../../ui/offer-export';
import { JsonImportDialog } from './JsonImportDialog';
import { SpreadsheetImportWizard } from './spreadsheet-import/SpreadsheetImportWizard';
import { useInventoryExports } from './use-inventory-exports';
import { useCan } from '../../workspace/person-context';

const ICON_SIZE = 18;

/** A menu entry: what it does, and below it what to expect. */
function ItemText({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="sm">{title}</Text>
      <Text size="xs" c="dimmed">
        {children}
      </Text>
    </Stack>
  );
}

/** "Import or export" at the top of the Inventory: spreadsheets of activities in and out, and the whole inventory as JSON. */
export function ExchangeMenu({ onImported }: { onImported: () => void }) {
  const [dialog, setDialog] = useState<'spreadsheet' | 'json' | null>(null);
  const { exporting, exportActivities, exportInventory } = useInventoryExports();
  const close = () => setDialog(null);
  const canImportSpreadsheet = useCan('inventory.spreadsheet.import');
  const canImportJson = useCan('inventory.importJson');
  const canExportSpreadsheet = useCan('inventory.spreadsheet.export');
  const canExportJson = useCan('inventory.exportJson');
  const canImport = canImportSpreadsheet || canImportJson;
  const canExport = canExportSpreadsheet || canExportJson;
  if (!canImport && !canExport) return null;

  return (
    <>
      <Menu position="bottom-end" width={380} withinPortal>
        <Menu.Target>
          <Button variant="default" leftSection={<IconTransfer size={16} />} rightSection={<IconChevronDown size={14} />} loading={exporting}>
            {canImport && canExport ? 'Import or export' : canImport ? 'Import' : 'Export'}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {canImport && <Menu.Label>Import</Menu.Label>}
          {canImportSpreadsheet && (
            <Menu.Item leftSection={<IconFileSpreadsheet size={ICON_SIZE} />} onClick={() => setDialog('spreadsheet')}>
              <ItemText title="Import activities from a spreadsheet…">A .csv or .xlsx file, one activity per row. You check every row before anything is added.</ItemText>
            </Menu.Item>
          )}
          {canImportJson && (
            <Menu.Item leftSection={<IconFileImport size={ICON_SIZE} />} onClick={() => setDialog('json')}>
              <ItemText title="Import an inventory JSON file…">Adds another workspace’s export to this inventory.</ItemText>
            </Menu.Item>
          )}
          {canImport && canExport && <Menu.Divider />}
          {canExport && <Menu.Label>Export</Menu.Label>}
          {canExport && (
            <Text size="xs" c="orange.8" px="sm" pb={6} component="div">
              <IconAlertTriangle size={14} style={{ verticalAlign: '-2px' }} aria-hidden /> {PLAINTEXT_WARNING}
            </Text>
          )}
          {canExportSpreadsheet && (
            <>
              <Menu.Item leftSection={<IconFileTypeCsv size={ICON_SIZE} />} onClick={() => void exportActivities('csv')}>
                <ItemText title="Export activities as CSV">Active activities, one row each, in the columns the import reads.</ItemText>
              </Menu.Item>
              <Menu.Item leftSection={<IconFileTypeXls size={ICON_SIZE} />} onClick={() => void exportActivities('xlsx')}>
                <ItemText title="Export activities as Excel (XLSX)">The same, with sheets of systems, recipients and data categories.</ItemText>
              </Menu.Item>
            </>
          )}
          {canExportJson && (
            <Menu.Item leftSection={<IconFileCode size={ICON_SIZE} />} onClick={() => void exportInventory()}>
              <ItemText title="Export the whole inventory as JSON">Every record, to move it into another workspace.</ItemText>
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      {dialog === 'spreadsheet' && <SpreadsheetImportWizard onClose={close} onImported={onImported} />}
      {dialog === 'json' && <JsonImportDialog onClose={close} onImported={onImported} />}
    </>
  );
}
