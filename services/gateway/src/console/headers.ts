// Response headers of the pages the gateway serves to browsers (the console and
// the API reference). The console's scripts are its own files only
// (`script-src 'self'`, no inline script: Vite emits none); styles may be
// inline because the accessible primitives (Radix) position popovers and lock
// scrolling with injected style elements, which carry no script. Nothing may
// frame the pages (clickjacking), nothing is fetched from elsewhere.
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

const common = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

function pageHeaders(contentSecurityPolicy: typeof common): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy,
    xFrameOptions: 'DENY',
    referrerPolicy: 'same-origin',
    // HTTPS is the proxy's business (it knows the domain); an HSTS header for localhost would outlive the dev session.
    strictTransportSecurity: false,
    permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [] },
  });
}

/** The console at /: its own scripts and styles, the API on the same origin. */
export const consoleHeaders = (): MiddlewareHandler => pageHeaders(common);

/** /api/v1/docs: the same, plus the viewer's web worker (a blob: URL) and pictures linked from the document. */
export const docsHeaders = (): MiddlewareHandler => pageHeaders({ ...common, imgSrc: ["'self'", 'data:', 'blob:'], workerSrc: ["'self'", 'blob:'] } as typeof common);

/**
 * /api/v1/asyncapi: AsyncAPI's viewer validates the document with its bundled parser, which
 * compiles JSON Schemas to functions (ajv): this page alone allows eval. It loads nothing but this
 * origin's files and holds no credentials (the console's token lives in the console's page only).
 */
export const eventDocsHeaders = (): MiddlewareHandler =>
  pageHeaders({ ...common, scriptSrc: ["'self'", "'unsafe-eval'"], workerSrc: ["'self'", 'blob:'] } as typeof common);
