import { useId, useRef, useState } from 'react';
import { t } from '../i18n';

interface Props {
  label: string;
  value: string;
  testId?: string;
  /** Emphasised styling, e.g. for the one-time moderator link. */
  important?: boolean;
}

/** A read-only link with a copy button; falls back to selecting the text where the clipboard API is missing (http). */
export function CopyField({ label, value, testId, important }: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      input.current?.select();
      document.execCommand?.('copy');
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 1800);
  }

  return (
    <div className={`copy-field${important ? ' copy-field--important' : ''}`} data-testid={testId}>
      <label htmlFor={id} className="copy-field__label">
        {label}
      </label>
      <div className="copy-field__row">
        <input
          id={id}
          ref={input}
          className="copy-field__input"
          type="url"
          readOnly
          value={value}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button
          type="button"
          className={`button button--secondary copy-field__button${copied ? ' is-copied' : ''}`}
          onClick={copy}
          aria-label={t('copy.label', { label })}
        >
          {copied ? t('copy.copied') : t('copy.copy')}
        </button>
      </div>
      <span className="visually-hidden" role="status">
        {copied ? t('copy.copied') : ''}
      </span>
    </div>
  );
}
