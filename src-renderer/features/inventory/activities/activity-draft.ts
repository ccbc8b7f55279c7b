import type {
  Activity,
  ActivityRole,
  ActivityStatus,
  CallInput,
  DataSource,
  DpiaState,
  Link,
  Purpose,
  SpecialCondition,
  TransferMechanism,
} from '../../../app/api';
import type { CategoryLink } from '../categories/category-source';
import type { RecipientLink } from '../picker-sources';

export interface TransferDraft {
  country: string | null;
  recipient: Link | null;
  mechanism: TransferMechanism | null;
  documentation: string;
}

/** The activity as the editor holds it: links as records (for their names), dates as text. */
export interface ActivityDraft {
  name: string;
  description: string;
  owner: string;
  status: ActivityStatus;
  role: ActivityRole;
  controllerFor: string;
  purposes: Purpose[];
  specialCondition: SpecialCondition | null;
  categories: CategoryLink[];
  subjects: Link[];
  sources: DataSource[];
  sourceDetail: string;
  systems: Link[];
  recipients: RecipientLink[];
  noRecipients: boolean;
  transfers: TransferDraft[];
  retention: Activity['retention'];
  securityMeasures: string;
  sold: boolean;
  sharedForAds: boolean;
  dpia: DpiaState;
  dpiaReason: string;
  /** yyyy-mm-dd, or empty. */
  lastReviewedOn: string;
}

export const NEW_PURPOSE: Purpose = { purpose: '', dataUse: null, legalBasis: null, legitimateInterest: '' };
export const NEW_TRANSFER: TransferDraft = { country: null, recipient: null, mechanism: null, documentation: '' };

const NEW_ACTIVITY: ActivityDraft = {
  name: '',
  description: '',
  owner: '',
  status: 'draft',
  role: 'controller',
  controllerFor: '',
  purposes: [NEW_PURPOSE],
  specialCondition: null,
  categories: [],
  subjects: [],
  sources: [],
  sourceDetail: '',
  systems: [],
  recipients: [],
  noRecipients: false,
  transfers: [],
  retention: { period: null, unit: null, trigger: '', deletion: '' },
  securityMeasures: '',
  sold: false,
  sharedForAds: false,
  dpia: 'not_assessed',
  dpiaReason: '',
  lastReviewedOn: '',
};

export function draftOf(activity: Activity | null): ActivityDraft {
  if (!activity) return NEW_ACTIVITY;
  return {
    name: activity.name,
    description: activity.description,
    owner: activity.owner,
    status: activity.status,
    role: activity.role,
    controllerFor: activity.controllerFor,
    purposes: activity.purposes,
    specialCondition: activity.specialCondition,
    categories: activity.categories,
    subjects: activity.subjects,
    sources: activity.sources,
    sourceDetail: activity.sourceDetail,
    systems: activity.systems,
    recipients: activity.recipients,
    noRecipients: activity.noRecipients,
    transfers: activity.transfers.map(({ country, recipientId, recipientName, mechanism, documentation }) => ({
      country,
      recipient: recipientId === null ? null : { id: recipientId, name: recipientName ?? '' },
      mechanism,
      documentation,
    })),
    retention: activity.retention,
    securityMeasures: activity.securityMeasures,
    sold: activity.sold,
    sharedForAds: activity.sharedForAds,
    dpia: activity.dpia,
    dpiaReason: activity.dpiaReason,
    lastReviewedOn: activity.lastReviewedOn ?? '',
  };
}

const ids = (links: readonly Link[]) => links.map((link) => link.id);

/** The save call's input, field by field: the contract refuses any key it does not know. */
export function toInput(draft: ActivityDraft, id: number | undefined): CallInput<'inventory.activities.save'> {
  const { retention } = draft;
  return {
    id,
    name: draft.name,
    description: draft.description,
    owner: draft.owner,
    status: draft.status,
    role: draft.role,
    controllerFor: draft.controllerFor,
    purposes: draft.purposes.map(({ purpose, dataUse, legalBasis, legitimateInterest }) => ({ purpose, dataUse, legalBasis, legitimateInterest })),
    specialCondition: draft.specialCondition,
    categoryIds: ids(draft.categories),
    subjectIds: ids(draft.subjects),
    sources: draft.sources,
    sourceDetail: draft.sourceDetail,
    systemIds: ids(draft.systems),
    recipientIds: ids(draft.recipients),
    noRecipients: draft.noRecipients,
    transfers: draft.transfers.map(({ country, recipient, mechanism, documentation }) => ({
      country: country ?? '',
      recipientId: recipient?.id ?? null,
      mechanism,
      documentation,
    })),
    retention: { period: retention.period, unit: retention.unit, trigger: retention.trigger, deletion: retention.deletion },
    securityMeasures: draft.securityMeasures,
    sold: draft.sold,
    sharedForAds: draft.sharedForAds,
    dpia: draft.dpia,
    dpiaReason: draft.dpiaReason,
    lastReviewedOn: draft.lastReviewedOn || null,
  };
}
