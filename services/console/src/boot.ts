// The entry chunk's work, done before React and the rest of the console are
// even downloaded: the page's chunk starts loading, the session is resumed
// through the refresh cookie, and as soon as it is, the data the frame and the
// page need is asked for (early.ts). The first load's critical path was JS,
// then refresh, then data, one after the other; now all three overlap.
import { ORGANIZATION_KEY } from './auth/remembered';
import { resumeSession, sessionStatus, subscribeSession } from './auth/session';
import { fetchEarly, firstLoadPaths } from './early';
import { preloadPage } from './page-chunks';

// At the session's first change of state, before any listener React registered hears of it (so the frame's
// queries, which mount on that change, find the early responses in place).
const stop = subscribeSession(() => {
  stop();
  if (sessionStatus() === 'signed-in') fetchEarly(firstLoadPaths(window.location.pathname, localStorage.getItem(ORGANIZATION_KEY)));
});
// The refresh first: the browser opens a handful of connections per host, and the chunks must not queue ahead of it.
void resumeSession();
preloadPage(window.location.pathname);
