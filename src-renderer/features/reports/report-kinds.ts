import { IconBuildingWarehouse, IconChartBar, IconListDetails, IconMailForward, IconWorld, type Icon } from '@tabler/icons-react';
import { codes, REPORT_NAMES, type ReportName } from '../../app/api';

export interface ReportKind {
  /** What the document holds, in one line. */
  purpose: string;
  /** Who it is handed to. */
  audience: string;
  icon: Icon;
}

/** Each report the service makes (REPORT_NAMES gives its title), described for the person choosing. */
export const REPORT_KINDS: Record<ReportName, ReportKind> = {
  records_of_processing: {
    purpose: 'The GDPR Art. 30 record of every processing activity, as controller and where you act as processor.',
    audience: 'Auditors and regulators',
    icon: IconListDetails,
  },
  privacy_notice: {
    purpose: 'What you collect, why, who receives it, how long you keep it and people’s rights, from the inventory.',
    audience: 'The public',
    icon: IconWorld,
  },
  request_response: {
    purpose: 'The cover letter and what one person is owed for their request, with the request’s timeline.',
    audience: 'The requester',
    icon: IconMailForward,
  },
  request_backlog: {
    purpose: 'Open and overdue requests, ageing, throughput by type and regime, and the CCPA annual metrics.',
    audience: 'Managers',
    icon: IconChartBar,
  },
  vendor_review: {
    purpose: 'The vendor register with risk tiers and next reviews, then each vendor’s contract, transfers and findings.',
    audience: 'Managers and auditors',
    icon: IconBuildingWarehouse,
  },
};

export const REPORTS = codes(REPORT_NAMES);
