import { AppError } from '../../contract/errors';
import type { CallOutput, ParsedInput, VendorDetail } from '../../contract';
import { deleteRecord } from '../../db/inventory/record-tables';
import { usageOf } from '../../db/inventory/usage';
import type { Db } from '../../db/sqlite';
import { writeCadence } from '../../db/vendors/cadence';
import { deleteCertification, saveCertification } from '../../db/vendors/certifications';
import { saveFinding } from '../../db/vendors/findings';
import { noteReviewed, upsertProfile } from '../../db/vendors/profiles';
import { currentQuestions, replaceQuestions, saveAnswers } from '../../db/vendors/questionnaire';
import { insertReview } from '../../db/vendors/reviews';
import { deleteSubProcessor, saveSubProcessor } from '../../db/vendors/sub-processors';
import { replaceTransfers } from '../../db/vendors/transfers';
import type { Usage } from '../../domain/inventory/records';
import type { InventoryStore } from '../inventory/context';
import { requireExisting } from '../inventory/rules';
import { requireProfile, reviewRules, vendorDetail } from './detail';

export interface VendorWrites {
  saveProfile(input: ParsedInput<'vendors.saveProfile'>): VendorDetail;
  saveTransfers(input: ParsedInput<'vendors.saveTransfers'>): VendorDetail;
  saveSubProcessor(input: ParsedInput<'vendors.saveSubProcessor'>): VendorDetail;
  deleteSubProcessor(input: ParsedInput<'vendors.deleteSubProcessor'>): VendorDetail;
  saveCertification(input: ParsedInput<'vendors.saveCertification'>): VendorDetail;
  deleteCertification(input: ParsedInput<'vendors.deleteCertification'>): VendorDetail;
  saveAnswers(input: ParsedInput<'vendors.saveAnswers'>): VendorDetail;
  saveFinding(input: ParsedInput<'vendors.saveFinding'>): VendorDetail;
  recordReview(input: ParsedInput<'vendors.recordReview'>): VendorDetail;
  delete(input: ParsedInput<'vendors.delete'>): CallOutput<'vendors.delete'>;
  saveReviewSettings(input: ParsedInput<'vendors.reviewSettings.save'>): CallOutput<'vendors.reviewSettings.save'>;
}

/** A sub-resource id that is not the vendor's: deleted meanwhile, or someone else's. */
function gone(what: string): AppError {
  return new AppError('NOT_FOUND', `That ${what} is no longer on this vendor (it may have just been deleted). Reload the vendor.`);
}

const list = new Intl.ListFormat('en', { type: 'conjunction' });
const SHOWN = 5;
const NAMED: Readonly<Partial<Record<Usage['kind'], (name: string) => string>>> = {
  activity: (name) => `processing activity “${name}”`,
  system: (name) => `system “${name}”`,
  // The only recipients pointing at a recipient are vendors listing it as a sub-processor (db/inventory/usage.ts).
  recipient: (name) => `vendor “${name}” (as a sub-processor)`,
};

/** A vendor delete refused while the inventory or another vendor refers to it; unlike the inventory's, no confirmation overrides it. */
function stillReferenced(name: string, usage: readonly Usage[]): AppError {
  const named = usage.slice(0, SHOWN).map((u) => NAMED[u.kind]?.(u.name) ?? `${u.kind} “${u.name}”`);
  const more = usage.length - named.length;
  return new AppError(
    'CONFLICT',
    `The vendor “${name}” is still referred to by ${list.format(more > 0 ? [...named, `${more} more`] : named)}. ` +
      'Unlink it from them first, or archive its recipient to keep those records as they are.',
  );
}

/** Every write of the register: one transaction each, references checked before anything changes, the fresh vendor returned. */
export function vendorWrites(store: InventoryStore, today: (db: Db) => string): VendorWrites {
  /** Runs `change` for a vendor that has a profile, then answers the vendor as it now stands. */
  const onVendor =
    <I extends { recipientId: number }>(change: (db: Db, input: I, now: string) => void) =>
    (input: I): VendorDetail =>
      store.write((db, now) => {
        requireProfile(db, input.recipientId);
        change(db, input, now);
        return vendorDetail(db, input.recipientId, today(db));
      });
  const owned = (what: string, done: boolean) => {
    if (!done) throw gone(what);
  };

  return {
    saveProfile: (input) =>
      store.write((db, now) => {
        requireExisting(db, 'recipient', [input.recipientId], 'recipientId');
        upsertProfile(db, input, now);
        return vendorDetail(db, input.recipientId, today(db));
      }),
    saveTransfers: onVendor((db, input: ParsedInput<'vendors.saveTransfers'>) => replaceTransfers(db, input)),
    saveSubProcessor: onVendor((db, input: ParsedInput<'vendors.saveSubProcessor'>) => {
      requireExisting(db, 'recipient', [input.subRecipientId], 'subRecipientId');
      owned('sub-processor', saveSubProcessor(db, input));
    }),
    deleteSubProcessor: onVendor((db, input: ParsedInput<'vendors.deleteSubProcessor'>) =>
      owned('sub-processor', deleteSubProcessor(db, input.recipientId, input.id)),
    ),
    saveCertification: onVendor((db, input: ParsedInput<'vendors.saveCertification'>) => owned('certification', saveCertification(db, input))),
    deleteCertification: onVendor((db, input: ParsedInput<'vendors.deleteCertification'>) =>
      owned('certification', deleteCertification(db, input.recipientId, input.id)),
    ),
    saveAnswers: onVendor((db, input: ParsedInput<'vendors.saveAnswers'>, now) => {
      const current = new Set(currentQuestions(db).map((q) => q.id));
      const unknown = input.answers.findIndex((a) => !current.has(a.questionId));
      if (unknown >= 0) {
        throw new AppError('VALIDATION', 'One of the answers is to a question no longer in the questionnaire. Reload the questionnaire and answer again.', {
          [`answers.${unknown}.questionId`]: 'This question is no longer in the questionnaire.',
        });
      }
      saveAnswers(db, input, now);
    }),
    saveFinding: onVendor((db, input: ParsedInput<'vendors.saveFinding'>, now) => owned('finding', saveFinding(db, input, today(db), now))),
    recordReview: onVendor((db, input: ParsedInput<'vendors.recordReview'>, now) => {
      const day = today(db);
      if (input.reviewedOn > day) {
        throw new AppError('VALIDATION', `A review is recorded once it has taken place; ${input.reviewedOn} is after today (${day}).`, {
          reviewedOn: 'The review date cannot be in the future.',
        });
      }
      const { risk, questionnaire } = vendorDetail(db, input.recipientId, day);
      const { reviewedOn, decision, conditions, reviewer } = input;
      insertReview(db, input.recipientId, { reviewedOn, decision, conditions, reviewer, ...risk, score: questionnaire.result?.score ?? null }, now);
      noteReviewed(db, input.recipientId, reviewedOn, now);
    }),
    delete: ({ recipientId }) =>
      store.write((db) => {
        const profile = requireProfile(db, recipientId);
        const usage = usageOf(db, 'recipient', recipientId);
        if (usage.length > 0) throw stillReferenced(profile.name, usage);
        // The foreign keys remove the profile and every vendor row with the recipient.
        deleteRecord(db, 'recipient', recipientId);
        return { deleted: true };
      }),
    saveReviewSettings: ({ questions, cadence }) =>
      store.write((db) => {
        replaceQuestions(db, questions);
        writeCadence(db, cadence);
        return reviewRules(db);
      }),
  };
}
