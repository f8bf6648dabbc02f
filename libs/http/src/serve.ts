import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';

export interface ServeOptions {
  /** 0 picks a free port; the chosen one is returned. */
  port: number;
  hostname?: string;
  /** How long close() lets in-flight requests finish before cutting connections; 10 s by default. */
  closeGraceMs?: number;
}

export interface RunningServer {
  port: number;
  /** Stops accepting, lets in-flight requests finish (up to the grace period), then resolves. */
  close(): Promise<void>;
}

/** Any Hono app (serve() needs only its fetch). */
export interface FetchApp {
  fetch: Parameters<typeof createAdaptorServer>[0]['fetch'];
}

/** Listens with @hono/node-server and resolves once the port is bound (rejects on e.g. EADDRINUSE). */
export async function serve(app: FetchApp, options: ServeOptions): Promise<RunningServer> {
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  await new Promise<void>((resolve, reject) => {
    const onError = (error: Error): void => reject(error);
    server.once('error', onError);
    server.listen(options.port, options.hostname, () => {
      server.off('error', onError);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const grace = options.closeGraceMs ?? 10_000;
  let closing: Promise<void> | undefined;

  return {
    port,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        const force = setTimeout(() => server.closeAllConnections(), grace);
        // A keep-alive socket turns idle when its in-flight response ends and would then hold
        // close() open until the client lets go; sweep idle sockets until close completes.
        const sweep = setInterval(() => server.closeIdleConnections(), 50);
        force.unref();
        sweep.unref();
        server.close((error) => {
          clearTimeout(force);
          clearInterval(sweep);
          if (error) reject(error);
          else resolve();
        });
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}
