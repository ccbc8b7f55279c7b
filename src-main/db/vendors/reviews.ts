import type { VendorReview } from '../../contract';
import type { Db } from '../sqlite';
import { prepared } from '../statements';

type Raw = Omit<VendorReview, 'reasons'> & { reasons: string };

/** The vendor's reviews, newest first. */
export function reviewsOf(db: Db, recipientId: number): VendorReview[] {
  const raws = prepared(
    db,
    `SELECT id, reviewed_on AS reviewedOn, decision, conditions, reviewer, tier, points, score, reasons, recorded_at AS recordedAt
     FROM vendor_review WHERE recipient_id = ? ORDER BY reviewed_on DESC, id DESC`,
  ).all(recipientId) as Raw[];
  return raws.map((raw) => ({ ...raw, reasons: JSON.parse(raw.reasons) as VendorReview['reasons'] }));
}

/** The date of each recipient's latest review; the register looks up its vendors'. */
export function lastReviewsOfAll(db: Db): Map<number, string> {
  const rows = prepared(
    db,
    `SELECT recipient_id AS recipientId, max(reviewed_on) AS reviewedOn FROM vendor_review GROUP BY recipient_id`,
  ).all() as { recipientId: number; reviewedOn: string }[];
  return new Map(rows.map((row) => [row.recipientId, row.reviewedOn]));
}

export function insertReview(db: Db, recipientId: number, review: Omit<VendorReview, 'id' | 'recordedAt'>, now: string): void {
  prepared(
    db,
    `INSERT INTO vendor_review (recipient_id, reviewed_on, decision, conditions, reviewer, tier, points, score, reasons, recorded_at)
     VALUES (@recipientId, @reviewedOn, @decision, @conditions, @reviewer, @tier, @points, @score, @reasons, @now)`,
  ).run({ ...review, recipientId, reasons: JSON.stringify(review.reasons), now });
}
