// The GitLab simulator as a process of its own: docker-compose's optional
// `gitlab-sim` service (profile "simulators"). One OAuth app and one user,
// "dev", who is signed in, so /oauth/authorize approves at once. Grants live
// in memory. Register the app in the oauth-broker with the same client id and
// secret and the base URL the broker reaches this process at (README).
import { startGitLabSimulator } from './gitlab.js';

const env = process.env;
const clientId = env['KW_GITLAB_SIM_CLIENT_ID'] || 'keywarden-dev';
const clientSecret = env['KW_GITLAB_SIM_CLIENT_SECRET'];
if (!clientSecret) {
  console.error('KW_GITLAB_SIM_CLIENT_SECRET is missing: the client secret the oauth-broker will present');
  process.exit(1);
}
// The same variable as `npm start`'s simulator (tools/platform, README).
const ttl = Number(env['KW_GITLAB_SIM_TOKEN_TTL_SECONDS'] || 7200);
const accessTtlSeconds = Number.isInteger(ttl) && ttl > 0 ? ttl : 7200;
const sim = await startGitLabSimulator({
  host: env['KW_GITLAB_SIM_HOST'] || '0.0.0.0',
  port: Number(env['KW_GITLAB_SIM_PORT'] || 8091),
  accessTtlSeconds,
});
sim.addApp({ clientId, clientSecret });
sim.addUser({ id: 1, username: 'dev' });
sim.signIn(1);
console.log(`GitLab simulator on ${sim.url} (client id ${clientId}, user "dev", access tokens live ${accessTtlSeconds} s)`);

const stop = () => void sim.close().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
