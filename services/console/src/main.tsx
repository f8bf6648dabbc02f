// The entry: small on purpose (boot.ts: session, page chunk, first data), so
// it runs while the browser is still fetching the app (React, the router, the
// frame) that app.tsx renders.
import './boot';

void import('./app').then(({ startApp }) => startApp());
