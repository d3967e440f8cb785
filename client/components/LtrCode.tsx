import type { ReactNode } from 'react';

/**
 * A message that holds a code written left to right ("SDG 9.c", "الغاية 9.c"), with the code kept
 * in its own direction: in a right-to-left page "9.c" would otherwise read "c.9", a target that
 * does not exist. Without the code in it, the message as it is.
 */
export function withLtrCode(message: string, code: string): ReactNode {
  const at = message.indexOf(code);
  if (at < 0) return message;
  return (
    <>
      {message.slice(0, at)}
      <bdi dir="ltr">{code}</bdi>
      {message.slice(at + code.length)}
    </>
  );
}
