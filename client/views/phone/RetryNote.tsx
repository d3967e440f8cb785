import { t } from '../../i18n';

/**
 * Says what the phone is doing about a request that got no answer yet: it asks again on its own
 * (or as soon as it is back online). Nothing while the first attempt is still on its way.
 */
export function RetryNote({ retries, error = null, testId }: { retries: number; error?: string | null; testId?: string }) {
  const offline = error === 'network';
  if (retries <= 0 && !offline) return null;
  return (
    <p className="retry-note" role="status" data-testid={testId} data-retries={retries}>
      {offline ? t('phone.retry.offline') : t('phone.retry.again', { attempt: retries + 1 })}
    </p>
  );
}
