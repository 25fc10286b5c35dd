/**
 * Every JavaScript heap of a tab, the page's and each of its workers' (nested ones too: the engine
 * worker starts DuckDB's worker and the cluster workers), read over the browser's DevTools protocol.
 * Playwright only reaches the page's own workers, so this attaches to the tab through a raw socket
 * and asks every worker to attach its children in turn (flat sessions).
 */
import { ws as WebSocket } from 'playwright-core/lib/utilsBundle';

export interface HeapReading {
  /** The target's title: the worker's name, or the page's URL. */
  name: string;
  usedBytes: number;
  /** ArrayBuffers' and typed arrays' contents, outside the heap proper (0 where Chromium does not report it). */
  backingStoreBytes: number;
}

interface Pending {
  resolve(value: unknown): void;
  reject(reason: Error): void;
}

interface CdpMessage {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: unknown;
  error?: { message: string };
}

export interface HeapWatch {
  read(): Promise<HeapReading[]>;
  close(): void;
}

/** Attaches to the page target whose URL starts with `pageUrl`, on the browser's debugging port. */
export async function watchHeaps(debuggingPort: number, pageUrl: string): Promise<HeapWatch> {
  const version = (await (await fetch(`http://127.0.0.1:${debuggingPort}/json/version`)).json()) as { webSocketDebuggerUrl: string };
  const socket = new WebSocket(version.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  let nextId = 1;
  const pending = new Map<number, Pending>();
  const sessions = new Map<string, string>();
  const send = (method: string, params: object = {}, sessionId?: string) =>
    new Promise<unknown>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    });
  const autoAttach = (sessionId: string) => send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: true }, sessionId);
  socket.on('message', (data: Buffer) => {
    const message = JSON.parse(data.toString()) as CdpMessage;
    if (message.id !== undefined) {
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) waiting?.reject(new Error(message.error.message));
      else waiting?.resolve(message.result);
    } else if (message.method === 'Target.attachedToTarget') {
      const { sessionId, targetInfo } = message.params as { sessionId: string; targetInfo: { title: string; url: string } };
      sessions.set(sessionId, targetInfo.title || targetInfo.url);
      autoAttach(sessionId).catch(() => {});
    } else if (message.method === 'Target.detachedFromTarget') {
      sessions.delete((message.params as { sessionId: string }).sessionId);
    }
  });
  const { targetInfos } = (await send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
  const target = targetInfos.find((info) => info.type === 'page' && info.url.startsWith(pageUrl));
  if (!target) throw new Error(`no page at ${pageUrl}`);
  const { sessionId } = (await send('Target.attachToTarget', { targetId: target.targetId, flatten: true })) as { sessionId: string };
  sessions.set(sessionId, 'page');
  await autoAttach(sessionId);
  return {
    async read() {
      const readings = await Promise.all(
        [...sessions].map(async ([id, name]) => {
          const usage = (await send('Runtime.getHeapUsage', {}, id).catch(() => null)) as { usedSize: number; backingStorageSize?: number } | null;
          return usage ? { name, usedBytes: usage.usedSize, backingStoreBytes: usage.backingStorageSize ?? 0 } : null;
        }),
      );
      return readings.filter((reading) => reading !== null);
    },
    close: () => socket.close(),
  };
}
