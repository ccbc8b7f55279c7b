import type {
  ActivityRole,
  ActivityStatus,
  Channel,
  CommunicationKind,
  CookieCategory,
  CookieParty,
  DataSource,
  DpiaState,
  LegalBasis,
  RecipientKind,
  RetentionUnit,
  SpecialCondition,
  SystemKind,
  TransferMechanism,
} from './vocabulary';

/** What every stored record carries. Dates are ISO 8601 strings. */
export interface RecordStamps {
  id: number;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Organisation {
  name: string;
  address: string;
  email: string;
  phone: string;
  website: string;
  jointControllers: string;
  representative: string;
  dpoName: string;
  dpoContact: string;
  /** IANA zone, e.g. Europe/Berlin: statutory deadlines count calendar days there. */
  timeZone: string;
  /** ISO country codes (and US-CA style subdivisions) whose law the organisation works under. */
  jurisdictions: string[];
}

export interface DataCategory extends RecordStamps {
  key: string;
  parentKey: string | null;
  name: string;
  description: string;
  origin: 'fideslang' | 'custom';
  special: boolean;
  criminal: boolean;
  sensitive: boolean;
  activityCount: number;
}

export interface DataSubject extends RecordStamps {
  key: string;
  name: string;
  description: string;
  origin: 'fideslang' | 'custom';
  activityCount: number;
}

export interface Recipient extends RecordStamps {
  name: string;
  kind: RecipientKind;
  countries: string[];
  description: string;
  activityCount: number;
}

export interface System extends RecordStamps {
  name: string;
  kind: SystemKind;
  owner: string;
  description: string;
  hostingCountries: string[];
  processorId: number | null;
  processorName: string | null;
  securityMeasures: string;
  activityCount: number;
}

export interface Cookie extends RecordStamps {
  name: string;
  provider: string;
  party: CookieParty;
  category: CookieCategory;
  duration: string;
  purpose: string;
  activityId: number | null;
  activityName: string | null;
}

export interface Communication extends RecordStamps {
  name: string;
  channel: Channel;
  kind: CommunicationKind;
  description: string;
  /** How the person turns it off (unsubscribe link, settings page, reply STOP); empty for service messages. */
  optOut: string;
  activityId: number | null;
  activityName: string | null;
}

export interface Purpose {
  purpose: string;
  /** A Fideslang data use key, optional. */
  dataUse: string | null;
  legalBasis: LegalBasis | null;
  /** For legitimate interests: the interest pursued and the balancing, in a sentence or two. */
  legitimateInterest: string;
}

export interface Transfer {
  country: string;
  recipientId: number | null;
  mechanism: TransferMechanism | null;
  /** For a derogation: which one and the documented safeguards (Art. 30(1)(e)); otherwise e.g. the SCC module. */
  documentation: string;
}

export interface Retention {
  period: number | null;
  unit: RetentionUnit | null;
  /** What starts the period: "end of the contract", "last login", ... */
  trigger: string;
  /** How the data is deleted or anonymised at the end. */
  deletion: string;
}

export interface Link {
  id: number;
  name: string;
}

/** One processing activity, whole: what the editor shows and the Art. 30 record prints. */
export interface Activity extends RecordStamps {
  name: string;
  description: string;
  owner: string;
  status: ActivityStatus;
  role: ActivityRole;
  /** For processing on behalf of another controller (Art. 30(2)): who. */
  controllerFor: string;
  purposes: Purpose[];
  specialCondition: SpecialCondition | null;
  categories: (Link & { special: boolean; criminal: boolean; sensitive: boolean })[];
  subjects: Link[];
  sources: DataSource[];
  sourceDetail: string;
  systems: Link[];
  recipients: (Link & { kind: RecipientKind })[];
  /** Set when the activity deliberately shares with no one, so "no recipients" is a statement, not a gap. */
  noRecipients: boolean;
  transfers: (Transfer & { recipientName: string | null })[];
  retention: Retention;
  securityMeasures: string;
  sold: boolean;
  sharedForAds: boolean;
  dpia: DpiaState;
  dpiaReason: string;
  lastReviewedOn: string | null;
}

/** A row of the activity list: enough to scan, sort and filter without opening each one. */
export interface ActivityRow extends RecordStamps {
  name: string;
  owner: string;
  status: ActivityStatus;
  role: ActivityRole;
  purposes: string[];
  legalBases: LegalBasis[];
  categoryCount: number;
  systemCount: number;
  recipientCount: number;
  special: boolean;
  lastReviewedOn: string | null;
}

export type InventoryKind = 'activity' | 'category' | 'subject' | 'system' | 'recipient' | 'cookie' | 'communication';

/** Where a record is used, for "this is used by ..." before a delete. */
export interface Usage {
  kind: InventoryKind;
  id: number;
  name: string;
}

export interface SearchHit {
  kind: InventoryKind;
  id: number;
  title: string;
  /** The matching passage with the match between [ and ]. */
  snippet: string;
}
