import { create } from 'zustand';

export type ConnectionStatus = 'idle' | 'connecting' | 'online' | 'offline' | 'refused';

interface ConnectionState {
  status: ConnectionStatus;
  /** Error code of a refused handshake (e.g. `session_not_found`, `unauthorized`). */
  refusedCode: string | null;
  /** True once the first snapshot arrived; distinguishes "connecting" from "reconnecting". */
  everConnected: boolean;
}

const initial: ConnectionState = { status: 'idle', refusedCode: null, everConnected: false };

export const useConnection = create<ConnectionState>()(() => initial);

export function resetConnection(): void {
  useConnection.setState(initial, true);
}
