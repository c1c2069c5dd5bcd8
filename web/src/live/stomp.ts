import { Client } from '@stomp/stompjs';
import { currentToken } from '../api/client';
import { parseUpdate, useLive } from '../stores/live';

/** ws(s)://<this host>/ws — the app serves the SPA and the socket from the same origin (the dev server proxies it). */
export function brokerUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
}

let client: Client | null = null;

/**
 * One STOMP connection per tab. Each (re)connect asks for a fresh-enough access token, so a session that ended
 * with its token comes back with a new one.
 */
export function startLive(): void {
  if (client) return;
  const live = useLive.getState();
  client = new Client({
    brokerURL: brokerUrl(),
    reconnectDelay: 3000,
    heartbeatIncoming: 20000,
    heartbeatOutgoing: 20000,
    beforeConnect: async (c) => {
      live.setStatus('connecting');
      const token = await currentToken();
      if (!token) {
        // Signed out meanwhile: stop trying; the router sends the person to sign-in.
        void c.deactivate();
        return;
      }
      c.connectHeaders = { Authorization: `Bearer ${token}` };
    },
    onConnect: () => {
      useLive.getState().setStatus('live');
      client?.subscribe('/user/queue/updates', (message) => {
        const update = parseUpdate(message.body);
        if (update) useLive.getState().received(update);
      });
    },
    onWebSocketClose: () => useLive.getState().setStatus('offline'),
    onStompError: () => useLive.getState().setStatus('offline'),
  });
  client.activate();
}

export async function stopLive(): Promise<void> {
  const c = client;
  client = null;
  useLive.getState().setStatus('offline');
  if (c) await c.deactivate();
}
