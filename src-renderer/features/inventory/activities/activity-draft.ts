import type { Activity, CallInput, Link, Purpose, RecordStamps, TransferMechanism } from '../../../app/api';

export interface TransferDraft {
  country: string | null;
  recipient: Link | null;
  mechanism: TransferMechanism | null;
  documentation: string;
}

/** The activity as the editor holds it: links as records (for their names), the review date as text. */
export type ActivityDraft = Omit<Activity, keyof RecordStamps | 'transfers' | 'lastReviewedOn'> & {
  transfers: TransferDraft[];
  /** yyyy-mm-dd, or empty. */
  lastReviewedOn: string;
};

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
  // The stamps ride along unused: the save input is built field by field.
  const { transfers, lastReviewedOn, ...fields } = activity;
  return {
    ...fields,
    transfers: transfers.map(({ country, recipientId, recipientName, mechanism, documentation }) => ({
      country,
      recipient: recipientId === null ? null : { id: recipientId, name: recipientName ?? '' },
      mechanism,
      documentation,
    })),
    lastReviewedOn: lastReviewedOn ?? '',
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
