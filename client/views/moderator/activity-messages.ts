import { MODERATION_MODES, PLEDGERS, type ModerationMode, type Pledgers } from '../../../shared/domain';
import type { ActivityEntry, Pledge } from '../../../shared/schemas';
import { WALL_VIEWS, type WallView } from '../../../shared/stage';
import { t } from '../../i18n';
import { actorLabel } from './labels';
import { shownPrompt } from '../../prompt';

/** One line of the activity log in words, with the text it carried (a prompt, a reason) apart. */
export interface ActivityMessage {
  text: string;
  detail: string | null;
}

const isPledgers = (v: string | undefined): v is Pledgers => (PLEDGERS as readonly string[]).includes(v ?? '');
const isModeration = (v: string | undefined): v is ModerationMode => (MODERATION_MODES as readonly string[]).includes(v ?? '');
const isWallView = (v: string | undefined): v is WallView => (WALL_VIEWS as readonly string[]).includes(v ?? '');

/** "2 minutes", or "90 seconds" when it is not whole minutes. */
function duration(seconds: number): string {
  return seconds % 60 === 0 ? t('mod.round.countdown.minutes', { count: seconds / 60 }) : t('console.activity.seconds', { count: seconds });
}

/** The log names a pledge by its author; an audience member who gave no name stays anonymous. */
function pledgeOf(subject: string): string {
  return subject ? t('console.activity.pledgeOf', { name: subject }) : t('console.activity.anonymousPledge');
}

/**
 * Whether a line that hides a pledge or shows it again speaks of a record-only one, never on a
 * wall. The line says so (its detail is the pledge's visibility); a line that does not is looked
 * up among `pledges` by its author, and is about a record-only pledge only when every pledge of
 * that name is one.
 */
export function aboutRecordOnly(entry: ActivityEntry, pledges: readonly Pick<Pledge, 'name' | 'visibility'>[] = []): boolean {
  if (entry.action !== 'hide' && entry.action !== 'unhide') return false;
  if (entry.detail) return entry.detail === 'record';
  const theirs = pledges.filter((p) => p.name === entry.subject);
  return theirs.length > 0 && theirs.every((p) => p.visibility === 'record');
}

/** The line's words; `recordOnly`: a hidden or shown-again pledge is record-only (aboutRecordOnly). */
export function activityMessage(entry: ActivityEntry, recordOnly = aboutRecordOnly(entry)): ActivityMessage {
  const who = actorLabel(entry.actor);
  const { subject, detail } = entry;
  const line = (text: string, extra: string | null = null): ActivityMessage => ({ text, detail: extra || null });
  switch (entry.action) {
    case 'open':
      return line(t('console.activity.open', { who }), detail && shownPrompt(detail));
    case 'close':
      return line(t('console.activity.close', { who }));
    case 'prompt':
      return line(t('console.activity.prompt', { who }), shownPrompt(detail));
    case 'countdown': {
      // "120", or "120 auto-close" when the round closes by itself at the end.
      const [amount, closes] = detail.split(' ');
      const seconds = Number(amount);
      if (!amount || !(seconds > 0)) return line(t('console.activity.countdownOff', { who }));
      return line(t(closes === 'auto-close' ? 'console.activity.countdownCloses' : 'console.activity.countdown', { who, duration: duration(seconds) }));
    }
    case 'last-call':
      return line(t('console.activity.lastCall', { who }));
    case 'spotlight': {
      if (detail === 'off') return line(t('console.activity.spotlightOff', { who }));
      const rotate = detail.startsWith('rotate ') ? Number(detail.slice('rotate '.length)) : 0;
      const text = t('console.activity.spotlight', { who, pledge: pledgeOf(subject) });
      return line(rotate > 0 ? `${text} ${t('console.activity.spotlightRotate', { duration: duration(rotate) })}` : text);
    }
    case 'wall': {
      const [view, order] = detail.split(' ');
      return line(t('console.activity.wall', { who, view: isWallView(view) ? t(`stage.view.${view}`) : (view ?? '') }), order === 'speakers' ? t('console.activity.wallSpeakers') : null);
    }
    case 'speaking-order':
      return line(t('console.activity.speakingOrder', { who }), detail);
    case 'call':
      return line(subject ? t('console.activity.call', { who, subject }) : t('console.activity.callOff', { who }));
    case 'settings': {
      const [pledgers, moderation] = detail.split(' ');
      if (!isPledgers(pledgers) || !isModeration(moderation)) return line(t('console.activity.settingsOther', { who }), detail);
      return line(
        t('console.activity.settings', {
          who,
          pledgers: t(`console.activity.pledgers.${pledgers}`),
          moderation: t(`console.activity.moderation.${moderation}`),
        }),
      );
    }
    case 'nudge':
      return line(t('console.activity.nudge', { who, subject }));
    case 'admit':
      return line(t(detail === 'new-device' ? 'console.activity.admitNewDevice' : 'console.activity.admit', { who, subject }));
    case 'refuse':
      return line(t(detail === 'new-device' ? 'console.activity.refuseNewDevice' : 'console.activity.refuse', { who, subject }));
    case 'release':
      return line(t('console.activity.release', { who, subject }));
    case 'invite':
      return line(t('console.activity.invite', { who, subject }));
    case 'approve':
      return line(t('console.activity.approve', { who, pledge: pledgeOf(subject) }));
    case 'approve-all':
      return line(t('console.activity.approveAll', { count: Number(detail) || 0, who }));
    case 'reject':
      return line(t('console.activity.reject', { who, pledge: pledgeOf(subject) }), detail && t('console.activity.reason', { reason: detail }));
    case 'hide':
      return line(t(recordOnly ? 'console.activity.hideRecord' : 'console.activity.hide', { who, pledge: pledgeOf(subject) }));
    case 'unhide':
      return line(t(recordOnly ? 'console.activity.unhideRecord' : 'console.activity.unhide', { who, pledge: pledgeOf(subject) }));
    case 'edit':
      return line(t('console.activity.edit', { who, pledge: pledgeOf(subject) }));
    case 'resubmit': {
      // "hidden record": where the pledge was, and its visibility (a record-only one was kept out of the record).
      const [was, visibility] = detail.split(' ');
      const key = was === 'rejected' ? 'console.activity.resubmitRejected' : visibility === 'record' ? 'console.activity.resubmitRecord' : 'console.activity.resubmitHidden';
      return line(t(key, { pledge: pledgeOf(subject) }));
    }
    case 'moderator-link':
      return line(t(detail === 'online' ? 'console.activity.moderatorLink.online' : 'console.activity.moderatorLink.onsite', { who }));
    case 'session-edit':
      // The session's title as it now is.
      return line(t('console.activity.sessionEdit', { who }), subject);
    default: {
      // Every action has its sentence (this fails to compile otherwise); a newer server's is shown as sent.
      const never: never = entry.action;
      return line(t('console.activity.other', { who, action: String(never) }), detail);
    }
  }
}
