import type { FollowUpView } from '../../shared/http';
import type { Pledge, ProgressReportInput } from '../../shared/schemas';
import { progressReportInputSchema } from '../../shared/schemas';
import { addReport, lightOf, newFollowUp, progressStatus } from '../domain/follow-up';
import { isPublic } from '../domain/registry';
import type { FollowUpRecord } from '../domain/records';
import { fail, type Result } from '../domain/result';
import { hashSecret, newSecret, secretMatches } from '../security';
import { fields } from '../store/fields';
import type { SessionStore } from '../store/types';
import { decode, decodeMeta, decodePledge, encode, loadEvent } from './codec';
import type { RegistryCache } from './registry-cache';
import { swapRecordWithRetry } from './record-swap';
import { DEFAULT_SILENT_AFTER_MONTHS, inRecord } from '../../shared/domain';

const refused = fail('unauthorized', 'This follow-up link is not valid (it may have been replaced by a newer one).');
const notInRecord = fail('not_in_record', 'This pledge is not in the record (waiting for approval, hidden or rejected by the moderators): there is no progress to report on it.');

/**
 * Follow-up: each pledge's private link (only its digest is stored) and its author's progress
 * reports. Lives beside the session, so it works whether or not the session is live.
 */
export class FollowUpService {
  constructor(
    private readonly store: SessionStore,
    private readonly clock: () => number = Date.now,
    /** Told when a report changes a pledge's status, so the public registry shows it at once. */
    private readonly registry?: RegistryCache,
  ) {}

  /**
   * Gives a new pledge its follow-up record, holding the digest of the token its phone made and
   * kept, unless the pledge has a record already (set-if-absent): a retry of the same pledge finds
   * it and changes nothing, so the link the phone holds keeps working and nothing is rotated.
   * Answers whether it created the record.
   */
  ensure(pledge: Pick<Pledge, 'id' | 'sessionId'>, token: string): Promise<boolean> {
    return this.store.swapRecord('followup', pledge.id, null, this.newRecord(pledge, token));
  }

  /** A new pledge's follow-up record (stored with the pledge: `PledgeClaim`), holding the digest of the token its phone made. */
  newRecord(pledge: Pick<Pledge, 'id' | 'sessionId'>, token: string): string {
    return encode(newFollowUp(pledge, hashSecret(token), this.clock()));
  }

  /**
   * A new token for the pledge (the phone's own, or one made here); the previous link stops
   * working. Reports are kept. Setting the token the record already holds changes nothing, so a
   * phone's retry after a lost answer sets the same link again.
   */
  rotate(pledge: Pledge, phoneToken?: string): Promise<Result<string>> {
    return swapRecordWithRetry(
      this.store,
      'followup',
      pledge.id,
      (raw) => {
        const token = phoneToken ?? newSecret();
        const record = decode<FollowUpRecord>(raw);
        const next = record ? { ...record, tokenHash: hashSecret(token) } : newFollowUp(pledge, hashSecret(token), this.clock());
        return { ok: true, value: { next: encode(next), result: token } };
      },
      'The follow-up link is being changed right now; try again.',
    );
  }

  /** The record as stored, if `token` opens it, with the session and pledge it belongs to. */
  private async authorise(raw: string | null, pledgeId: string, token: string) {
    const record = decode<FollowUpRecord>(raw);
    if (!record || !secretMatches(token, record.tokenHash)) return null;
    const got = await this.store.getFields(record.sessionId, [fields.meta, fields.pledge(pledgeId)]);
    const meta = decodeMeta(got?.[0]);
    const pledge = decodePledge(got?.[1]);
    return meta && pledge ? { record, meta, pledge } : null;
  }

  async view(pledgeId: string, token: string, publicUrl: (pledgeId: string) => string): Promise<Result<FollowUpView>> {
    const [raw = null] = await this.store.getRecords('followup', [pledgeId]);
    const found = await this.authorise(raw, pledgeId, token);
    if (!found) return refused;
    return { ok: true, value: await this.present(found.record, found.meta, found.pledge, publicUrl) };
  }

  async report(
    pledgeId: string,
    token: string,
    input: ProgressReportInput,
    publicUrl: (pledgeId: string) => string,
  ): Promise<Result<FollowUpView>> {
    const parsed = progressReportInputSchema.parse(input);
    const saved = await swapRecordWithRetry(
      this.store,
      'followup',
      pledgeId,
      async (raw) => {
        const found = await this.authorise(raw, pledgeId, token);
        if (!found) return refused;
        if (!inRecord(found.pledge)) return notInRecord;
        const next = addReport(found.record, found.pledge, parsed, this.clock());
        if (!next.ok) return next;
        return { ok: true, value: { next: encode(next.value), result: { ...found, record: next.value } } };
      },
      'Someone else is reporting on this pledge right now; try again.',
    );
    if (!saved.ok) return saved;
    const { record, meta, pledge } = saved.value;
    this.registry?.forget(meta.eventId);
    return { ok: true, value: await this.present(record, meta, pledge, publicUrl) };
  }

  private async present(
    record: FollowUpRecord,
    meta: { id: string; code: string; title: string; eventId: string | null },
    pledge: Pledge,
    publicUrl: (pledgeId: string) => string,
  ): Promise<FollowUpView> {
    const event = meta.eventId ? await loadEvent(this.store, meta.eventId) : null;
    return {
      pledge,
      session: { id: meta.id, code: meta.code, title: meta.title },
      event,
      reports: record.reports,
      status: progressStatus(record.reports),
      light: lightOf(pledge, record.reports, this.clock(), event?.silentAfterMonths ?? DEFAULT_SILENT_AFTER_MONTHS),
      // Only where the public page shows it: public, and in the record.
      publicUrl: isPublic(pledge) ? publicUrl(pledge.id) : null,
    };
  }
}
