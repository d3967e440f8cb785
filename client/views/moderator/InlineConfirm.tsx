import { useEffect, useId, useRef, useState, type KeyboardEvent, type Ref } from 'react';

interface Props {
  /** The button that asks. */
  label: string;
  ariaLabel?: string;
  triggerClass: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  confirmClass: string;
  onConfirm: () => void;
  busy?: boolean;
  disabled?: boolean;
  /** data-testid of the trigger; the confirm and cancel buttons add `-confirm` / `-cancel`. */
  testId: string;
  triggerRef?: Ref<HTMLButtonElement>;
}

/**
 * An action that asks first, in place: the button turns into the question with "confirm" and
 * "cancel". Focus goes to "confirm" (a held Enter key does not repeat into it); Escape or
 * "cancel" go back to the button.
 */
export function InlineConfirm(props: Props) {
  const questionId = useId();
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const trigger = useRef<HTMLButtonElement | null>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      trigger.current?.focus();
    }
  }, [asking]);

  const cancel = () => {
    returnFocus.current = true;
    setAsking(false);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      cancel();
    } else if (e.repeat && e.key === 'Enter') e.preventDefault();
  };

  if (asking) {
    return (
      <div className="confirm" role="group" aria-labelledby={questionId} onKeyDown={onKeyDown}>
        <p className="confirm__question" id={questionId}>
          {props.question}
        </p>
        <div className="confirm__buttons">
          <button
            ref={confirmRef}
            type="button"
            className={props.confirmClass}
            data-testid={`${props.testId}-confirm`}
            onClick={() => {
              returnFocus.current = true;
              setAsking(false);
              props.onConfirm();
            }}
          >
            {props.confirmLabel}
          </button>
          <button type="button" className="button button--secondary button--small" data-testid={`${props.testId}-cancel`} onClick={cancel}>
            {props.cancelLabel}
          </button>
        </div>
      </div>
    );
  }

  return (
    <button
      ref={(el) => {
        trigger.current = el;
        if (typeof props.triggerRef === 'function') props.triggerRef(el);
        else if (props.triggerRef) props.triggerRef.current = el;
      }}
      type="button"
      className={props.triggerClass}
      data-testid={props.testId}
      aria-label={props.ariaLabel}
      aria-disabled={props.busy || undefined}
      disabled={props.disabled}
      onClick={() => !props.busy && setAsking(true)}
    >
      {props.label}
    </button>
  );
}
