import { tError } from '../i18n';

interface Props {
  /** An error code (server ERROR_CODES or client-side); nothing is rendered when empty. */
  code: string | null | undefined;
  className?: string;
}

export function ErrorMessage({ code, className }: Props) {
  if (!code) return null;
  return (
    <p className={`error-message${className ? ` ${className}` : ''}`} role="alert" data-error-code={code}>
      {tError(code)}
    </p>
  );
}
