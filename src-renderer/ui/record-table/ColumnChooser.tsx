import { ActionIcon, Menu, Tooltip } from '@mantine/core';
import { IconColumns3 } from '@tabler/icons-react';
import type { Table } from '@tanstack/react-table';

/** Shows or hides the table's columns; the first column always stays. */
export function ColumnChooser<Row>({ table }: { table: Table<Row> }) {
  return (
    <Menu position="bottom-end" closeOnItemClick={false} withinPortal>
      <Menu.Target>
        <Tooltip label="Choose columns">
          <ActionIcon variant="default" size="input-sm" aria-label="Choose columns">
            <IconColumns3 size={18} stroke={1.6} />
          </ActionIcon>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Columns</Menu.Label>
        {table
          .getAllLeafColumns()
          .filter((column) => column.getCanHide())
          .map((column) => (
            <Menu.CheckboxItem key={column.id} checked={column.getIsVisible()} onChange={(checked) => column.toggleVisibility(checked)}>
              {String(column.columnDef.header)}
            </Menu.CheckboxItem>
          ))}
      </Menu.Dropdown>
    </Menu>
  );
}
