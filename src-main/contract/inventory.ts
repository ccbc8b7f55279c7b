import { z } from 'zod';
import { isCountryCode } from '../domain/countries';
import type { Gap } from '../domain/inventory/completeness';
import type { DataMap } from '../domain/inventory/data-map';
import type {
  Activity,
  ActivityRow,
  Communication,
  Cookie,
  DataCategory,
  DataSubject,
  Organisation,
  Recipient,
  SearchHit,
  System,
  Usage,
} from '../domain/inventory/records';
import {
  ACTIVITY_ROLES,
  ACTIVITY_STATUSES,
  CHANNELS,
  codes,
  COMMUNICATION_KINDS,
  COOKIE_CATEGORIES,
  COOKIE_PARTIES,
  DATA_SOURCES,
  DPIA_STATES,
  LEGAL_BASES,
  RECIPIENT_KINDS,
  RETENTION_UNITS,
  SPECIAL_CONDITIONS,
  SYSTEM_KINDS,
  TRANSFER_MECHANISMS,
} from '../domain/inventory/vocabulary';
import { call, type CallDef } from './define';

const text = (max: number) => z.string().trim().max(max, `Use at most ${max.toLocaleString('en')} characters.`);
const name = text(300).min(1, 'Give it a name.');
const longText = text(20_000).default('');
const id = z.number().int().positive();
const optionalId = id.nullable().default(null);
/** A two-letter ISO country code, upper-cased. */
export const country = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isCountryCode, 'Choose a country by its two-letter ISO code (e.g. DE, US).');
const countries = z.array(country).max(300).default([]);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-29.');

export interface Page<T> {
  rows: T[];
  total: number;
}

/** Search, archive filter, one sort column from an allow-list, a page, and the area's own filters. */
function listQuery<S extends readonly [string, ...string[]], F extends z.ZodRawShape>(sortable: S, filters: F) {
  return z
    .object({
      search: text(200).default(''),
      archived: z.enum(['active', 'archived', 'all']).default('active'),
      sort: z
        .object({ by: z.enum(sortable), dir: z.enum(['asc', 'desc']) })
        .strict()
        .default({ by: sortable[0], dir: 'asc' } as never),
      offset: z.number().int().min(0).max(10_000_000).default(0),
      limit: z.number().int().min(1).max(5000).default(100),
      filters: z.object(filters).strict().default({} as never),
    })
    .strict();
}

const byId = z.object({ id }).strict();
const archiveInput = z.object({ id, archived: z.boolean() }).strict();
/** Deleting a record others point to needs `confirmed`: the person has seen where it is used. */
const deleteInput = z.object({ id, confirmed: z.boolean().default(false) }).strict();

type IdInput = typeof byId;
type RecordCalls<P extends string, L extends z.ZodType, S extends z.ZodType, Row, Detail> = {
  [K in `inventory.${P}.list`]: CallDef<L, Page<Row>>;
} & { [K in `inventory.${P}.get`]: CallDef<IdInput, Detail> } & { [K in `inventory.${P}.save`]: CallDef<S, Detail> } & {
  [K in `inventory.${P}.archive`]: CallDef<typeof archiveInput, Detail>;
} & { [K in `inventory.${P}.delete`]: CallDef<typeof deleteInput, { deleted: true }> };

/** The five calls every inventory record has: list, get, save (create when no id), archive, delete. */
function recordCalls<Row, Detail = Row>() {
  return <P extends string, L extends z.ZodType, S extends z.ZodType>(plural: P, list: L, save: S) =>
    ({
      [`inventory.${plural}.list`]: call(list, { needs: 'read' }).returns<Page<Row>>(),
      [`inventory.${plural}.get`]: call(byId, { needs: 'read' }).returns<Detail>(),
      [`inventory.${plural}.save`]: call(save, { needs: 'edit_record' }).returns<Detail>(),
      [`inventory.${plural}.archive`]: call(archiveInput, { needs: 'edit_record' }).returns<Detail>(),
      [`inventory.${plural}.delete`]: call(deleteInput, { needs: 'edit_record' }).returns<{ deleted: true }>(),
    }) as RecordCalls<P, L, S, Row, Detail>;
}

export const organisationInput = z
  .object({
    name,
    address: text(1000).default(''),
    email: text(300).default(''),
    phone: text(100).default(''),
    website: text(500).default(''),
    jointControllers: text(5000).default(''),
    representative: text(2000).default(''),
    dpoName: text(300).default(''),
    dpoContact: text(1000).default(''),
    timeZone: text(100).refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'Choose a time zone such as Europe/Berlin or America/Los_Angeles.'),
    jurisdictions: z.array(text(10).min(2)).max(100).default([]),
  })
  .strict();

export const categoryInput = z
  .object({
    id: id.optional(),
    parentKey: text(300).nullable().default(null),
    name,
    description: longText,
    special: z.boolean().default(false),
    criminal: z.boolean().default(false),
    sensitive: z.boolean().default(false),
  })
  .strict();

export const subjectInput = z.object({ id: id.optional(), name, description: longText }).strict();

export const recipientInput = z
  .object({ id: id.optional(), name, kind: z.enum(codes(RECIPIENT_KINDS)), countries, description: longText })
  .strict();

export const systemInput = z
  .object({
    id: id.optional(),
    name,
    kind: z.enum(codes(SYSTEM_KINDS)),
    owner: text(300).default(''),
    description: longText,
    hostingCountries: countries,
    processorId: optionalId,
    securityMeasures: longText,
  })
  .strict();

export const cookieInput = z
  .object({
    id: id.optional(),
    name,
    provider: text(300).default(''),
    party: z.enum(codes(COOKIE_PARTIES)),
    category: z.enum(codes(COOKIE_CATEGORIES)),
    duration: text(200).default(''),
    purpose: longText,
    activityId: optionalId,
  })
  .strict();

export const communicationInput = z
  .object({
    id: id.optional(),
    name,
    channel: z.enum(codes(CHANNELS)),
    kind: z.enum(codes(COMMUNICATION_KINDS)),
    description: longText,
    optOut: text(2000).default(''),
    activityId: optionalId,
  })
  .strict();

const purposeInput = z
  .object({
    purpose: text(1000).min(1, 'Describe the purpose.'),
    dataUse: text(200).nullable().default(null),
    legalBasis: z.enum(codes(LEGAL_BASES)).nullable().default(null),
    legitimateInterest: text(5000).default(''),
  })
  .strict();


export const transferMechanism = z.enum(codes(TRANSFER_MECHANISMS)).nullable().default(null);

const transferInput = z
  .object({ country, recipientId: optionalId, mechanism: transferMechanism, documentation: text(5000).default('') })
  .strict();

/** An activity's own fields; its links (ids here, refs in a JSON document) are added by each schema. */
export const activityFields = {
  name,
  description: longText,
  owner: text(300).default(''),
  status: z.enum(codes(ACTIVITY_STATUSES)).default('draft'),
  role: z.enum(codes(ACTIVITY_ROLES)).default('controller'),
  controllerFor: text(2000).default(''),
  purposes: z.array(purposeInput).max(50).default([]),
  specialCondition: z.enum(codes(SPECIAL_CONDITIONS)).nullable().default(null),
  sources: z.array(z.enum(codes(DATA_SOURCES))).max(4).default([]),
  sourceDetail: text(5000).default(''),
  noRecipients: z.boolean().default(false),
  retention: z
    .object({
      period: z.number().int().positive().max(1000).nullable().default(null),
      unit: z.enum(codes(RETENTION_UNITS)).nullable().default(null),
      trigger: text(1000).default(''),
      deletion: text(2000).default(''),
    })
    .strict()
    .refine((r) => (r.period === null) === (r.unit === null), { message: 'Give both a number and a unit.', path: ['period'] })
    .default({ period: null, unit: null, trigger: '', deletion: '' }),
  securityMeasures: longText,
  sold: z.boolean().default(false),
  sharedForAds: z.boolean().default(false),
  dpia: z.enum(codes(DPIA_STATES)).default('not_assessed'),
  dpiaReason: text(5000).default(''),
  lastReviewedOn: isoDate.nullable().default(null),
};

export const activityInput = z
  .object({
    id: id.optional(),
    ...activityFields,
    categoryIds: z.array(id).max(1000).default([]),
    subjectIds: z.array(id).max(1000).default([]),
    systemIds: z.array(id).max(1000).default([]),
    recipientIds: z.array(id).max(1000).default([]),
    transfers: z.array(transferInput).max(300).default([]),
  })
  .strict()
  .refine((a) => !(a.noRecipients && a.recipientIds.length > 0), {
    message: 'Either list recipients or state that there are none, not both.',
    path: ['noRecipients'],
  });

export type ActivityInput = z.input<typeof activityInput>;

const INVENTORY_KINDS = ['activity', 'category', 'subject', 'system', 'recipient', 'cookie', 'communication'] as const;

export const inventoryCalls = {
  'inventory.organisation.get': call(z.object({}).strict(), { needs: 'read' }).returns<Organisation>(),
  'inventory.organisation.save': call(organisationInput, { needs: 'edit_record' }).returns<Organisation>(),
  ...recordCalls<ActivityRow, Activity>()(
    'activities',
    listQuery(['name', 'owner', 'status', 'updatedAt', 'lastReviewedOn'] as const, {
      status: z.enum(codes(ACTIVITY_STATUSES)).optional(),
      role: z.enum(codes(ACTIVITY_ROLES)).optional(),
      legalBasis: z.enum(codes(LEGAL_BASES)).optional(),
      categoryId: id.optional(),
      systemId: id.optional(),
      recipientId: id.optional(),
    }),
    activityInput,
  ),
  ...recordCalls<DataCategory>()('categories', listQuery(['key', 'name', 'updatedAt'] as const, { specialOnly: z.boolean().optional() }), categoryInput),
  ...recordCalls<DataSubject>()('subjects', listQuery(['name', 'updatedAt'] as const, {}), subjectInput),
  ...recordCalls<System>()(
    'systems',
    listQuery(['name', 'kind', 'owner', 'updatedAt'] as const, { kind: z.enum(codes(SYSTEM_KINDS)).optional(), processorId: id.optional() }),
    systemInput,
  ),
  ...recordCalls<Recipient>()(
    'recipients',
    listQuery(['name', 'kind', 'updatedAt'] as const, { kind: z.enum(codes(RECIPIENT_KINDS)).optional() }),
    recipientInput,
  ),
  ...recordCalls<Cookie>()(
    'cookies',
    listQuery(['name', 'provider', 'category', 'updatedAt'] as const, {
      category: z.enum(codes(COOKIE_CATEGORIES)).optional(),
      party: z.enum(codes(COOKIE_PARTIES)).optional(),
    }),
    cookieInput,
  ),
  ...recordCalls<Communication>()(
    'communications',
    listQuery(['name', 'channel', 'kind', 'updatedAt'] as const, { kind: z.enum(codes(COMMUNICATION_KINDS)).optional() }),
    communicationInput,
  ),
  'inventory.usage': call(z.object({ kind: z.enum(INVENTORY_KINDS), id }).strict(), { needs: 'read' }).returns<Usage[]>(),
  'inventory.search': call(z.object({ query: text(200).min(1, 'Type something to search for.'), limit: z.number().int().min(1).max(200).default(50) }).strict(), { needs: 'read' }).returns<
    SearchHit[]
  >(),
  /** Every activity missing something the Art. 30 record or the privacy notice needs. */
  'inventory.completeness': call(z.object({}).strict(), { needs: 'read' }).returns<Gap[]>(),
  /** Active activities only; each filter narrows the map to the paths through that record. */
  'inventory.dataMap': call(
    z
      .object({ categoryId: id.optional(), activityId: id.optional(), systemId: id.optional(), recipientId: id.optional(), country: country.optional() })
      .strict(),
    { needs: 'read' },
  ).returns<DataMap>(),
} as const;
