import type { ComponentType } from 'react';
import { DataMapView } from '../data-map/DataMapView';
import { activitiesArea } from './activities/activities-area';
import { categoriesArea } from './categories/categories-area';
import { communicationsArea } from './communications/communications-area';
import { CompletenessView } from './completeness/CompletenessView';
import { cookiesArea } from './cookies/cookies-area';
import type { InventoryTab } from './inventory-route';
import { OrganisationTab } from './organisation/OrganisationTab';
import { recipientsArea } from './recipients/recipients-area';
import { RecordAreaView } from './RecordAreaView';
import { subjectsArea } from './subjects/subjects-area';
import { systemsArea } from './systems/systems-area';

interface TabView {
  id: InventoryTab;
  label: string;
  View: ComponentType;
}

/** The Inventory's tabs in order; the first one opens for `#/inventory`. */
export const INVENTORY_TAB_VIEWS = [
  { id: 'activities', label: 'Activities', View: () => <RecordAreaView def={activitiesArea} /> },
  { id: 'categories', label: 'Data categories', View: () => <RecordAreaView def={categoriesArea} /> },
  { id: 'subjects', label: 'Data subjects', View: () => <RecordAreaView def={subjectsArea} /> },
  { id: 'systems', label: 'Systems', View: () => <RecordAreaView def={systemsArea} /> },
  { id: 'recipients', label: 'Recipients', View: () => <RecordAreaView def={recipientsArea} /> },
  { id: 'cookies', label: 'Cookies', View: () => <RecordAreaView def={cookiesArea} /> },
  { id: 'communications', label: 'Communications', View: () => <RecordAreaView def={communicationsArea} /> },
  { id: 'data-map', label: 'Data map', View: DataMapView },
  { id: 'completeness', label: 'Completeness', View: CompletenessView },
  { id: 'organisation', label: 'Organisation', View: OrganisationTab },
] as const satisfies readonly [TabView, ...TabView[]];
