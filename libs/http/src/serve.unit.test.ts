import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { serve } from './index.js';

function slowApp(release: Promise<void>): Hono {
  const app = new Hono();
  app.get('/fast', (c) => c.text('ok'));
  app.get('/slow', async (c) => {
    await release;
    return c.text('finished');
  });
  return app;
}

describe('serve', () => {
  it('listens on a free port and answers over HTTP', async () => {
    const server = await serve(slowApp(Promise.resolve()), { port: 0, hostname: '127.0.0.1' });
    try {
      expect(server.port).toBeGreaterThan(0);
      const response = await fetch(`http://127.0.0.1:${server.port}/fast`);
      expect(await response.text()).toBe('ok');
    } finally {
      await server.close();
    }
    await expect(fetch(`http://127.0.0.1:${server.port}/fast`)).rejects.toThrow();
  });

  it('lets an in-flight request finish before close() resolves', async () => {
    let release!: () => void;
    const server = await serve(slowApp(new Promise<void>((resolve) => (release = resolve))), { port: 0, hostname: '127.0.0.1' });
    const pending = fetch(`http://127.0.0.1:${server.port}/slow`).then((r) => r.text());
    await new Promise((resolve) => setTimeout(resolve, 50));
    let closed = false;
    const closing = server.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toBe(false);
    release();
    expect(await pending).toBe('finished');
    await closing;
    expect(closed).toBe(true);
    await server.close();
  });

  it('cuts connections that outlive the grace period', async () => {
    const server = await serve(slowApp(new Promise<void>(() => undefined)), { port: 0, hostname: '127.0.0.1', closeGraceMs: 100 });
    const pending = fetch(`http://127.0.0.1:${server.port}/slow`).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await server.close();
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await pending).toBeInstanceOf(Error);
  });

  it('rejects when the port is taken', async () => {
    const first = await serve(slowApp(Promise.resolve()), { port: 0, hostname: '127.0.0.1' });
    try {
      await expect(serve(slowApp(Promise.resolve()), { port: first.port, hostname: '127.0.0.1' })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await first.close();
    }
  });
});
