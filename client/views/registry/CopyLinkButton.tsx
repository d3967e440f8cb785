import { useEffect, useId, useRef, useState } from 'react';
import { t } from '../../i18n';

/** Copies a link; where the clipboard is not available (plain http) shows the link selected for copying by hand. */
export function CopyLinkButton({ url }: { url: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  useEffect(() => {
    if (state === 'manual') input.current?.select();
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setState('idle'), 2000);
    } catch {
      setState('manual');
    }
  }

  return (
    <div className="copy-link">
      <button type="button" className={`button button--secondary copy-link__button${state === 'copied' ? ' is-copied' : ''}`} onClick={copy} data-testid="copy-link">
        <span className="copy-link__icon" aria-hidden="true" />
        {state === 'copied' ? t('record.copy.copied') : t('record.copy.button')}
      </button>
      {state === 'manual' && (
        <div className="copy-link__manual">
          <label htmlFor={inputId} className="field__label field__label--small">
            {t('record.copy.manual')}
          </label>
          <input id={inputId} ref={input} className="input" type="url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        </div>
      )}
      <span className="visually-hidden" role="status">
        {state === 'copied' ? t('record.copy.copied') : ''}
      </span>
    </div>
  );
}
