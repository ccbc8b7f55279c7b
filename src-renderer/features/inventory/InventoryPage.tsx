import { Tabs } from '@mantine/core';
import { useState } from 'react';
import { Page } from '../../ui/Page';
import { CategoryIndexProvider } from './categories/category-index';
import { ExchangeMenu } from './exchange/ExchangeMenu';
import { INVENTORY_TAB_VIEWS } from './inventory-tabs';
import { openInventory, useInventoryRoute } from './inventory-route';

/**
 * The data inventory: one tab per kind of record, the data map, the completeness check and the organisation,
 * with the import and export menu at the top.
 */
export function InventoryPage() {
  const { tab } = useInventoryRoute();
  const current = INVENTORY_TAB_VIEWS.find((view) => view.id === tab) ?? INVENTORY_TAB_VIEWS[0];
  // Counts imports: the tabs (and the category index) start afresh after one, so they show the records just added.
  const [imports, setImports] = useState(0);
  return (
    <Page title="Inventory" wide actions={<ExchangeMenu onImported={() => setImports((count) => count + 1)} />}>
      <CategoryIndexProvider key={imports}>
        <Tabs
          id="inventory"
          // Ten tabs on one line at 1280 px.
          styles={{ tab: { paddingInline: 'var(--mantine-spacing-sm)' } }}
          value={current.id}
          onChange={(value) => {
            const next = INVENTORY_TAB_VIEWS.find((view) => view.id === value);
            if (next) openInventory(next.id);
          }}
        >
          <Tabs.List>
            {INVENTORY_TAB_VIEWS.map((view) => (
              <Tabs.Tab key={view.id} value={view.id}>
                {view.label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {/* Only the open tab's panel exists, so no hidden panel shares a name with a field. */}
          <Tabs.Panel value={current.id} pt="md">
            <current.View />
          </Tabs.Panel>
        </Tabs>
      </CategoryIndexProvider>
    </Page>
  );
}
