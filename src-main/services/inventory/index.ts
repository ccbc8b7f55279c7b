import type { CallName, CallOutput, ParsedInput } from '../../contract';
import { asOfHead, sinceHead } from '../../db/audit/as-of-head';
import { activitiesReading, loadActivitiesToCheck, loadAllActivities, loadMapActivities } from '../../db/inventory/activities';
import { cookieRepository } from '../../db/inventory/cookies';
import { communicationRepository } from '../../db/inventory/communications';
import { getOrganisation, saveOrganisation } from '../../db/inventory/organisation';
import { recipientRepository } from '../../db/inventory/recipients';
import { recordExists } from '../../db/inventory/record-tables';
import { searchInventory } from '../../db/inventory/search-index';
import { subjectRepository } from '../../db/inventory/subjects';
import { mapSystems, systemRepository } from '../../db/inventory/systems';
import { usageOf } from '../../db/inventory/usage';
import type { Db } from '../../db/sqlite';
import { findGaps, replaceGaps } from '../../domain/inventory/completeness';
import { buildDataMap } from '../../domain/inventory/data-map';
import type { Activity } from '../../domain/inventory/records';
import type { Clock, WorkspaceSession } from '../workspace-session';
import { activitiesService } from './activities';
import { categoriesService } from './categories';
import { InventoryStore } from './context';
import { type Area, recordService, type RecordServiceFor } from './record-service';
import { notFound, requireExisting, requireUniqueName } from './rules';

type Answer<K extends CallName> = (input: ParsedInput<K>) => CallOutput<K>;

export type InventoryService = { [A in Area]: RecordServiceFor<A> } & {
  organisation: { get(): CallOutput<'inventory.organisation.get'>; save: Answer<'inventory.organisation.save'> };
  usage: Answer<'inventory.usage'>;
  search: Answer<'inventory.search'>;
  /** The activities in force (status active, not archived), whole, by name, in one read: for reports. */
  activitiesInForce(): Activity[];
  completeness(): CallOutput<'inventory.completeness'>;
  dataMap: Answer<'inventory.dataMap'>;
};

const linkedActivityExists = (db: Db, values: { activityId: number | null }) => requireExisting(db, 'activity', [values.activityId], 'activityId');

/** The data inventory: one service per area over the open workspace, every write one transaction. */
export function createInventoryService(session: WorkspaceSession, clock: Clock): InventoryService {
  const store = new InventoryStore(session, clock);
  return {
    activities: activitiesService(store),
    categories: categoriesService(store),
    subjects: recordService(store, subjectRepository),
    systems: recordService(store, {
      ...systemRepository,
      validate(db, values, existing) {
        requireUniqueName(db, 'system', values.name, existing?.id);
        requireExisting(db, 'recipient', [values.processorId], 'processorId');
      },
    }),
    recipients: recordService(store, {
      ...recipientRepository,
      validate: (db, values, existing) => requireUniqueName(db, 'recipient', values.name, existing?.id),
    }),
    cookies: recordService(store, { ...cookieRepository, validate: linkedActivityExists }),
    communications: recordService(store, { ...communicationRepository, validate: linkedActivityExists }),

    organisation: {
      get: () => store.read(getOrganisation),
      save: (input) =>
        store.write((db, now) => {
          saveOrganisation(db, input, now);
          return getOrganisation(db);
        }),
    },
    usage: ({ kind, id }) =>
      store.read((db) => {
        if (!recordExists(db, kind, id)) throw notFound(kind);
        return usageOf(db, kind, id);
      }),
    search: ({ query, limit }) => store.read((db) => searchInventory(db, query, limit)),
    activitiesInForce: () => store.read((db) => loadAllActivities(db, { includeArchived: false, inForce: true })),
    // Whole-inventory reads, computed again only after the record changed (asOfHead says why they cannot go stale).
    // The completeness check, per activity, checks again only the activities whose records changed since.
    completeness: () =>
      store.read((db) => {
        const today = todayIn(getOrganisation(db).timeZone, clock.now());
        return sinceHead(db, 'completeness', today, {
          all: () => findGaps(loadActivitiesToCheck(db), today),
          update: (gaps, changed) => {
            const checked = activitiesReading(db, changed);
            return checked.size === 0 ? gaps : replaceGaps(gaps, checked, findGaps(loadActivitiesToCheck(db, [...checked]), today));
          },
        });
      }),
    dataMap: (filter) =>
      store.read((db) =>
        asOfHead(db, 'data map', JSON.stringify(filter), () => buildDataMap(loadMapActivities(db), mapSystems(db), filter)),
      ),
  };
}

/** The calendar date (YYYY-MM-DD) at `now` in the organisation's time zone; UTC if the zone is unknown to this runtime. */
export function todayIn(timeZone: string, now: Date): string {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  } catch {
    return now.toISOString().slice(0, 10);
  }
  const parts = format.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
