/**
 * The WebSocket client Playwright bundles (the `ws` package), used to speak the DevTools protocol to
 * nested workers Playwright does not reach (worker-heaps.ts). Only what that uses is declared.
 */
declare module 'playwright-core/lib/utilsBundle' {
  interface DevToolsSocket {
    once(event: 'open' | 'error', listener: (...args: unknown[]) => void): DevToolsSocket;
    on(event: 'message', listener: (data: Buffer) => void): DevToolsSocket;
    send(data: string): void;
    close(): void;
  }
  export const ws: new (url: string) => DevToolsSocket;
}
