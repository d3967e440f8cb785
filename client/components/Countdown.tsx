import { useEffect, useState } from 'react';
import { formatNumber, t } from '../i18n';
import { serverNow } from '../store/session';

function format(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${formatNumber(m, 2)}:${formatNumber(s, 2)}`;
}

interface Props {
  /** Server time at which the countdown ends. */
  endsAt: number;
  className?: string;
  label?: string;
  /** Said instead of "Time's up" once it ends (the phone's form, whose pledge the round still takes). */
  overText?: string;
}

/** mm:ss until `endsAt` (server clock), then "Time's up". The round closes then only if the moderator chose so (`round.autoClose`). */
export function Countdown({ endsAt, className, label, overText }: Props) {
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    const timer = setInterval(() => setNow(serverNow()), 250);
    return () => clearInterval(timer);
  }, []);
  const remaining = Math.max(0, endsAt - now);
  const over = remaining <= 0;
  const text = over ? (overText ?? t('countdown.timesUp')) : format(remaining);
  return (
    <div
      className={`countdown${over ? ' countdown--over' : remaining < 30_000 ? ' countdown--soon' : ''}${className ? ` ${className}` : ''}`}
      data-testid="countdown"
    >
      {label && <span className="countdown__label">{label}</span>}
      {/* role=timer is not announced every second; the final state is, through the role=status wrapper below. */}
      <span className="countdown__value" role="timer" aria-label={over ? text : t('countdown.aria', { time: text })}>
        {text}
      </span>
      {over && <span className="visually-hidden" role="status">{text}</span>}
    </div>
  );
}
