import { MODERATION_MODES, PLEDGERS, type ModerationMode, type Pledgers } from '../../../shared/domain';
import type { ActivityEntry } from '../../../shared/schemas';
import { t, tp } from '../../i18n';
import { actorLabel } from './labels';

/** One line of the activity log in words, with the text it carried (a prompt, a reason) apart. */
export interface ActivityMessage {
  text: string;
  detail: string | null;
}

const isPledgers = (v: string | undefined): v is Pledgers => (PLEDGERS as readonly string[]).includes(v ?? '');
const isModeration = (v: string | undefined): v is ModerationMode => (MODERATION_MODES as readonly string[]).includes(v ?? '');

/** "2 minutes", or "90 seconds" when it is not whole minutes. */
function duration(seconds: number): string {
  return seconds % 60 === 0 ? tp('mod.round.countdown.minutes', seconds / 60) : tp('console.activity.seconds', seconds);
}

/** The log names a pledge by its author; an audience member who gave no name stays anonymous. */
function pledgeOf(subject: string): string {
  return subject ? t('console.activity.pledgeOf', { name: subject }) : t('console.activity.anonymousPledge');
}

export function activityMessage(entry: ActivityEntry): ActivityMessage {
  const who = actorLabel(entry.actor);
  const { subject, detail } = entry;
  const line = (text: string, extra: string | null = null): ActivityMessage => ({ text, detail: extra || null });
  switch (entry.action) {
    case 'open':
      return line(t('console.activity.open', { who }), detail);
    case 'close':
      return line(t('console.activity.close', { who }));
    case 'prompt':
      return line(t('console.activity.prompt', { who }), detail);
    case 'countdown': {
      const seconds = Number(detail);
      return line(detail && seconds > 0 ? t('console.activity.countdown', { who, duration: duration(seconds) }) : t('console.activity.countdownOff', { who }));
    }
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
      return line(tp('console.activity.approveAll', Number(detail) || 0, { who }));
    case 'reject':
      return line(t('console.activity.reject', { who, pledge: pledgeOf(subject) }), detail && t('console.activity.reason', { reason: detail }));
    case 'hide':
      return line(t('console.activity.hide', { who, pledge: pledgeOf(subject) }));
    case 'unhide':
      return line(t('console.activity.unhide', { who, pledge: pledgeOf(subject) }));
    case 'edit':
      return line(t('console.activity.edit', { who, pledge: pledgeOf(subject) }));
    case 'moderator-link':
      return line(t(detail === 'online' ? 'console.activity.moderatorLink.online' : 'console.activity.moderatorLink.onsite', { who }));
    default: {
      // Every action has its sentence (this fails to compile otherwise); a newer server's is shown as sent.
      const never: never = entry.action;
      return line(t('console.activity.other', { who, action: String(never) }), detail);
    }
  }
}
