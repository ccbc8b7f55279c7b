import { z } from 'zod';
import { call } from './define';
import { activityFields, communicationInput, cookieInput, organisationInput, recipientInput, systemInput, transferMechanism } from './inventory';

/**
 * The inventory as one JSON document: the whole-workspace export, its import,
 * and the sample company. Records point at each other through document-local
 * `ref` strings, never database ids, so a document moves between workspaces.
 */
const ref = z.string().trim().min(1).max(200);
const refs = z.array(ref).max(1000).default([]);
const archived = z.boolean().default(false);

export const inventoryDocument = z
  .object({
    format: z.literal('privacy-workstation/inventory'),
    version: z.literal(1),
    exportedAt: z.string().optional(),
    organisation: organisationInput,
    categories: z
      .array(
        z
          .object({
            key: z.string().trim().min(1).max(300),
            parentKey: z.string().trim().max(300).nullable().default(null),
            name: z.string().trim().min(1).max(300),
            description: z.string().max(20_000).default(''),
            special: z.boolean().default(false),
            criminal: z.boolean().default(false),
            sensitive: z.boolean().default(false),
            archived,
          })
          .strict(),
      )
      .max(10_000)
      .default([]),
    subjects: z
      .array(z.object({ key: z.string().trim().min(1).max(300), name: z.string().trim().min(1).max(300), description: z.string().max(20_000).default(''), archived }).strict())
      .max(10_000)
      .default([]),
    recipients: z.array(recipientInput.omit({ id: true }).extend({ ref, archived }).strict()).max(100_000).default([]),
    systems: z
      .array(systemInput.omit({ id: true, processorId: true }).extend({ ref, processor: ref.nullable().default(null), archived }).strict())
      .max(100_000)
      .default([]),
    activities: z
      .array(
        z
          .object({
            ...activityFields,
            ref,
            categories: refs,
            subjects: refs,
            systems: refs,
            recipients: refs,
            transfers: z
              .array(z.object({ country: z.string().length(2), recipient: ref.nullable().default(null), mechanism: transferMechanism, documentation: z.string().max(5000).default('') }).strict())
              .max(300)
              .default([]),
            archived,
          })
          .strict(),
      )
      .max(100_000)
      .default([]),
    cookies: z.array(cookieInput.omit({ id: true, activityId: true }).extend({ activity: ref.nullable().default(null), archived }).strict()).max(100_000).default([]),
    communications: z
      .array(communicationInput.omit({ id: true, activityId: true }).extend({ activity: ref.nullable().default(null), archived }).strict())
      .max(100_000)
      .default([]),
  })
  .strict();

export type InventoryDocument = z.output<typeof inventoryDocument>;
export type InventoryDocumentInput = z.input<typeof inventoryDocument>;

export interface ImportSummary {
  categories: number;
  subjects: number;
  recipients: number;
  systems: number;
  activities: number;
  cookies: number;
  communications: number;
}

export const exchangeCalls = {
  /** The whole inventory as JSON text; the renderer offers it as a download. */
  'inventory.exportJson': call(z.object({}).strict(), { needs: 'report' }).returns<{ fileName: string; content: string }>(),
  /** Adds a document's records to the open workspace in one transaction: all or nothing. */
  'inventory.importJson': call(z.object({ content: z.string().min(2).max(48 * 1024 * 1024, 'That file is too large to import (48 MB at most).') }).strict(), { needs: 'edit_record' }).returns<ImportSummary>(),
} as const;
