import type { ChildProcess, Serializable } from 'node:child_process';

/**
 * The next message a forked benchmark process sends, after `ask` is sent to it when given; rejects
 * if the process exits first. Each call leaves no listener behind once settled.
 */
export function answer<T>(child: ChildProcess, ask?: Serializable): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      child.off('exit', onExit);
      resolve(message as T);
    };
    const onExit = (code: number | null) => {
      child.off('message', onMessage);
      reject(new Error(`a benchmark process exited (${code})`));
    };
    child.once('message', onMessage);
    child.once('exit', onExit);
    if (ask !== undefined) child.send(ask);
  });
}
