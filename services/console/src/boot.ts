// Imported first by main.tsx, so it runs before React and the rest of the
// bundle are evaluated: the session refresh and the page's chunk are on the
// wire while the browser is still busy with the JavaScript (the first load's
// critical path is JS, then refresh, then data; this overlaps the first two).
import { resumeSession, type SessionStatus } from './auth/session';
import { preloadPage } from './page-chunks';

preloadPage(window.location.pathname);
export const resumed: Promise<SessionStatus> = resumeSession();
