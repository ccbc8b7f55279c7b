import {
  IconBuildingFactory2,
  IconDatabase,
  IconHistory,
  IconLayoutDashboard,
  IconReportAnalytics,
  IconSettings,
  IconUserQuestion,
  type Icon,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { AuditLogPage } from '../features/audit-log/AuditLogPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { InventoryPage } from '../features/inventory/InventoryPage';
import { ProcessorsPage } from '../features/processors/ProcessorsPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { RequestsPage } from '../features/requests/RequestsPage';
import { SettingsPage } from '../features/settings/SettingsPage';

interface Section {
  /** The URL fragment: `#/<id>`. */
  id: string;
  label: string;
  icon: Icon;
  page: ComponentType;
}

/** Sidebar order; Ctrl/Cmd+1…7 follow it. */
export const SECTIONS = [
  { id: 'dashboard', label: 'Dashboard', icon: IconLayoutDashboard, page: DashboardPage },
  { id: 'inventory', label: 'Inventory', icon: IconDatabase, page: InventoryPage },
  { id: 'requests', label: 'Requests', icon: IconUserQuestion, page: RequestsPage },
  { id: 'processors', label: 'Processors', icon: IconBuildingFactory2, page: ProcessorsPage },
  { id: 'reports', label: 'Reports', icon: IconReportAnalytics, page: ReportsPage },
  { id: 'audit-log', label: 'Audit log', icon: IconHistory, page: AuditLogPage },
  { id: 'settings', label: 'Settings', icon: IconSettings, page: SettingsPage },
] as const satisfies readonly Section[];

export type SectionId = (typeof SECTIONS)[number]['id'];

export const SECTION_IDS: readonly SectionId[] = SECTIONS.map((section) => section.id);
