import { useId } from 'react';

interface Props {
  label: string;
  /** The choices in seconds; null is "none". */
  choices: readonly (number | null)[];
  value: number | null;
  /** The words for a choice. */
  wording: (seconds: number | null) => string;
  onChange: (seconds: number | null) => void;
  testId: string;
  className?: string;
  labelClassName?: string;
}

/**
 * A labelled choice of a duration, or none. A value set elsewhere (the other console, a newer
 * client) that is not among the choices is shown as it is.
 */
export function SecondsSelect({ label, choices, value, wording, onChange, testId, className, labelClassName = 'field__label' }: Props) {
  const id = useId();
  const options = choices.includes(value) ? choices : [...choices, value];
  return (
    <div className={`field field--inline${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      <select
        id={id}
        className="input select"
        data-testid={testId}
        value={value === null ? '' : String(value)}
        onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}
      >
        {options.map((seconds) => (
          <option key={seconds ?? 'none'} value={seconds === null ? '' : String(seconds)}>
            {wording(seconds)}
          </option>
        ))}
      </select>
    </div>
  );
}
