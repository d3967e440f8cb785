import type { ReactNode, Ref } from 'react';

interface ChoiceProps {
  id: string;
  /** A radio button's group; a checkbox has none. */
  name?: string;
  type?: 'radio' | 'checkbox';
  value?: string;
  testId?: string;
  checked: boolean;
  disabled?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  onChange(checked: boolean): void;
  children: ReactNode;
}

/**
 * One option of the phone's lists of choices (a radio button or a checkbox), its label a card a
 * finger can hit. The groups' official names are long (a region in Russian takes three lines on a
 * phone), so the lists are these rather than a <select>, which would cut the one chosen.
 */
export function Choice({ id, name, type = 'radio', value, testId, checked, disabled, inputRef, onChange, children }: ChoiceProps) {
  return (
    <div className="choice__option">
      <input
        type={type}
        id={id}
        name={name}
        value={value}
        data-testid={testId}
        checked={checked}
        disabled={disabled}
        ref={inputRef}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{children}</label>
    </div>
  );
}
