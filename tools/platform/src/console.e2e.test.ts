// The web console in a real browser (playwright-core driving Debian's Chromium)
// on the platform `npm start` brings up: sign up, connect the GitLab simulator
// through the real redirect (Connect → the gateway's authorize start → the
// provider → the gateway's callback → the account page), an organization and a
// project with its environments verified by Flux (the platform runs the
// simulated cluster, KW_PLATFORM_CLUSTER=simulated, whose Flux stand-in clones
// the repository from the GitLab simulator with the Secret keywarden wrote) and
// a credentials refresh with each environment's outcome, a secret added, referenced from an application
// variable through the editor's secret picker and revealed (with a reason), an
// application registered and deployed by its webhook as CI would (its curl
// example, run from this process with the token shown once), the connect-failed
// page, sessions, cleanup statistics, every page checked by axe-core and
// photographed (.artifacts/console/, git-ignored), the audit page (filters, pages,
// an export) and the account's and secret's timelines (trace ids linked to Jaeger), what depends on the
// account and the secret and the confirmations listing it, Chinese, a reload that keeps
// the session, sign-out. No browser console error may occur, and no secret value or token
// may ever sit in localStorage, sessionStorage, the URL or a script-readable cookie.
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './config.js';
import { browserStorage, launchConsoleBrowser, seriousViolations, type ConsoleBrowser } from './test-support/browser.js';
import { startPlatformRun, type PlatformRun } from './test-support/platform-run.js';

const SHOTS = join(REPO_ROOT, '.artifacts', 'console');
// Any http address will do: the console only builds links to it, and the test does not follow them.
const JAEGER = 'http://127.0.0.1:16686';
const SECRET_VALUE = `pg-${Math.random().toString(36).slice(2)}-Zq9`;
const credentials = { email: 'ann@example.com', password: 'correct horse battery staple' };

let platform: PlatformRun;
let browser: ConsoleBrowser;
let page: Page;
/** The GitLab account the run connects (reconnected at the end through the notifications' link). */
let accountId = '';
/** Every credential the browser was handed: none of them may be stored or put in a URL. */
const secrets = new Set<string>([SECRET_VALUE, credentials.password]);

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  platform = await startPlatformRun({ KW_PLATFORM_CLUSTER: 'simulated', KW_JAEGER_UI_URL: JAEGER });
  browser = await launchConsoleBrowser({ locale: 'en-US' });
  page = browser.page;
  page.setDefaultTimeout(20_000);
  // Record the access tokens the gateway hands out (sign-in, refresh): they must stay in memory.
  page.on('response', async (response) => {
    if (/\/api\/v1\/auth\/(sign-in|refresh)$/.test(response.url()) && response.ok()) {
      const body = (await response.json().catch(() => ({}))) as { accessToken?: string; refreshToken?: string };
      if (body.accessToken) secrets.add(body.accessToken);
      expect(body.refreshToken, 'a browser never gets the refresh token in a body').toBeUndefined();
    }
  });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  const exit = await platform?.stop();
  expect(exit?.code, platform?.output().slice(-6000)).toBe(0);
}, 90_000);

/**
 * Makes the GitLab project `dev/web` (with a README, so it has a main branch) as its developer would: an OAuth grant
 * of the platform's GitLab app for the simulator's dev user, then GitLab's Create project API. Returns its path.
 */
async function createGitLabProject(): Promise<string> {
  const gitlab = /GitLab simulator on (http:\/\/127\.0\.0\.1:\d+)/.exec(platform.output())![1]!;
  const { simulators } = JSON.parse(await readFile(join(platform.dataDir, 'secrets.json'), 'utf8')) as { simulators: { gitlab: string } };
  const redirect = 'http://127.0.0.1/callback';
  const authorize = await fetch(`${gitlab}/oauth/authorize?client_id=keywarden-dev&response_type=code&scope=api&redirect_uri=${encodeURIComponent(redirect)}`, { redirect: 'manual' });
  const code = new URL(authorize.headers.get('location')!).searchParams.get('code')!;
  const form = new URLSearchParams({ client_id: 'keywarden-dev', client_secret: simulators.gitlab, grant_type: 'authorization_code', code, redirect_uri: redirect });
  const grant = (await (await fetch(`${gitlab}/oauth/token`, { method: 'POST', body: form })).json()) as { access_token: string };
  secrets.add(grant.access_token);
  const created = await fetch(`${gitlab}/api/v4/projects`, {
    method: 'POST',
    headers: { authorization: `Bearer ${grant.access_token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'web', initialize_with_readme: true }),
  });
  expect(created.status, await created.clone().text()).toBe(201);
  return ((await created.json()) as { path_with_namespace: string }).path_with_namespace;
}

/** The page as it is: no serious accessibility violation, no credential kept in storage, a screenshot saved. */
async function checkPage(name: string): Promise<void> {
  // Pages poll while work is under way, so "network idle" may never come: wait for the spinners to go instead.
  await page.waitForLoadState('load');
  await expect.poll(() => page.locator('.loading, .spinner').count(), { timeout: 20_000 }).toBe(0);
  expect(await seriousViolations(page), `axe on ${name}`).toEqual([]);
  const stored = await browserStorage(page);
  for (const secret of secrets) expect(stored.includes(secret), `${name}: a credential in storage or the URL`).toBe(false);
  const cookies = await browser.context.cookies();
  expect(cookies.filter((c) => c.name === 'kw_refresh').every((c) => c.httpOnly)).toBe(true);
  // From the top: the sticky frame would otherwise be photographed where the last click scrolled to.
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

const nav = (name: string) => page.locator('aside').getByRole('navigation').getByRole('link', { name });

describe('the web console in Chromium (npm start)', { timeout: 120_000 }, () => {
  it('signs up: the first visit lands on sign-in, the new account goes straight to the overview', async () => {
    await page.goto(`${platform.gateway}/`);
    await page.waitForURL('**/sign-in');
    await page.getByRole('heading', { name: 'Sign in to Keywarden' }).waitFor();
    await checkPage('sign-in');
    await page.getByRole('link', { name: 'Create one' }).click();
    await page.getByLabel('Your name').fill('Ann');
    await page.getByLabel('E-mail').fill(credentials.email);
    await page.getByLabel('Password').fill(credentials.password);
    await checkPage('sign-up');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await expect.poll(() => nav('Overview').getAttribute('aria-current')).toBe('page');
    await checkPage('overview-new-user');
  });

  it('connects the GitLab simulator through the real redirect and lands on the account page', async () => {
    await nav('Connections').click();
    await page.getByRole('heading', { name: 'Provider apps' }).waitFor();
    await page.getByRole('link', { name: /^Connect GitLab/ }).click();
    // The gateway binds the attempt to this browser and sends it to the simulator, which signs in as
    // its dev user and sends it back to the gateway's callback; the gateway finishes and redirects here.
    await page.getByText('Account connected: Keywarden keeps its token fresh from now on.').waitFor();
    const landed = new URL(page.url());
    expect(landed.pathname).toMatch(/^\/connections\/[0-9a-f-]{36}$/);
    expect(landed.search).toBe('?connected=1');
    accountId = landed.pathname.split('/')[2]!;
    await page.getByRole('heading', { name: /dev/, level: 1 }).waitFor();
    await expect.poll(() => nav('Connections').getAttribute('aria-current')).toBe('page');
    await checkPage('account-connected');
    await page.getByRole('link', { name: 'All connections' }).click();
    const row = page.getByRole('row', { name: /dev · gitlab/ });
    await row.getByText('Active').waitFor();
    await row.getByRole('link', { name: 'Reconnect: dev' }).waitFor();
    await checkPage('connections');
  });

  it('explains a failed connection in plain words', async () => {
    await page.goto(`${platform.gateway}/connections/connect-failed?code=ERR_CONNECT_STATE_EXPIRED`);
    await page.getByText('The attempt took longer than 10 minutes and expired. Start again.').waitFor();
    await page.getByText('ERR_CONNECT_STATE_EXPIRED', { exact: true }).waitFor();
    await checkPage('connect-failed');
    // An unknown code says nothing it cannot stand behind.
    await page.goto(`${platform.gateway}/connections/connect-failed?code=%3Cscript%3E`);
    await page.getByText('The connection failed for an unexpected reason.').waitFor();
    await page.getByRole('link', { name: 'Try again from Connections' }).click();
    await page.getByRole('heading', { name: 'Connections', level: 1 }).waitFor();
  });

  it('creates an organization and a project and sees its environments written and verified by Flux', async () => {
    expect(platform.output()).toMatch(/Kubernetes API simulator on http:\/\/127\.0\.0\.1:\d+ \(kubeconfig /);
    const repository = await createGitLabProject();
    expect(repository).toBe('dev/web');
    await nav('Overview').click();
    await page.getByRole('button', { name: 'New organization' }).click();
    await page.getByRole('dialog').getByLabel('Name', { exact: true }).fill('Acme');
    await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
    await page.getByRole('button', { name: 'Organization: Acme' }).waitFor();
    await page.getByRole('heading', { name: 'Projects needing attention' }).waitFor();

    await nav('Projects').click();
    await page.getByRole('button', { name: 'New project' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name', { exact: true }).fill('Web');
    // The simulated cluster's Flux clones https://gitlab.com/<path> from the GitLab simulator.
    await dialog.getByLabel('Repository').fill(`https://gitlab.com/${repository}`);
    await dialog.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('heading', { name: 'Web', level: 1 }).waitFor();
    const environments = page.getByRole('region', { name: 'Environments' }).getByRole('row');
    // Pending at first, then written, then verified by Flux (it cloned with the Secret): the page follows without a reload.
    for (const env of ['development', 'staging', 'production']) {
      const row = environments.filter({ hasText: env });
      await row.getByText(`project-web-${env}`).waitFor();
      await row.getByText('Written').waitFor({ timeout: 60_000 });
      await row.getByText('web-git-auth').waitFor();
      await row.getByText('Verified', { exact: true }).waitFor({ timeout: 60_000 });
      await row.getByText(/^Flux confirmed /).waitFor();
      expect(await row.getByText('Not checked').count()).toBe(0);
    }
    await checkPage('project-verified');
    await page.getByRole('button', { name: 'Refresh credentials' }).click();
    const outcomes = page.getByRole('region', { name: 'Outcome' });
    for (const env of ['development', 'staging', 'production']) await outcomes.getByRole('listitem').filter({ hasText: env }).getByText(/Refreshed|Unchanged|Drift repaired/).waitFor();
    await checkPage('project');
    await nav('Projects').click();
    await page.getByRole('link', { name: 'Web' }).waitFor();
    await checkPage('projects');
    await nav('Overview').click();
    await page.getByText('Every project’s Git credentials are written, none refused by Flux.').waitFor();
    await page.getByText('No provider sync failed.').waitFor();
    await checkPage('overview');
  });

  it('adds a secret (masked in the list) and reveals it only behind a reason', async () => {
    await nav('Secrets').click();
    await checkPage('secrets-empty');
    await page.getByRole('button', { name: 'New group' }).first().click();
    await page.getByRole('dialog').getByLabel('Group name').fill('web');
    await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
    await page.getByRole('button', { name: 'Add secret' }).click();
    const add = page.getByRole('dialog');
    await add.getByLabel('Name', { exact: true }).fill('DATABASE_PASSWORD');
    await add.getByLabel('Value').fill(SECRET_VALUE);
    await add.getByRole('button', { name: 'Save' }).click();
    const row = page.getByRole('row', { name: /DATABASE_PASSWORD/ });
    await row.getByText('v1').waitFor();
    expect(await page.content()).not.toContain(SECRET_VALUE);
    await page.getByRole('searchbox', { name: 'Search every group' }).fill('DATABASE');
    await page.getByRole('list', { name: 'Secrets matching “DATABASE”' }).getByText('DATABASE_PASSWORD').waitFor();
    await page.getByText('No secret providers: groups are filled by hand or by import.').waitFor();
    await checkPage('secrets');

    await row.getByRole('button', { name: 'Reveal DATABASE_PASSWORD' }).click();
    const reveal = page.getByRole('dialog');
    await reveal.getByLabel('Reason').fill('checking the database migration');
    await reveal.getByRole('button', { name: 'Reveal', exact: true }).click();
    await expect.poll(() => page.getByTestId('revealed-value').textContent()).toBe(SECRET_VALUE);
    await checkPage('secret-revealed');
    await reveal.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(await page.content(), 'the value is gone once the dialog closes').not.toContain(SECRET_VALUE);
  });

  it('registers an application (its webhook token shown once), gives it a variable referencing the secret, deploys it by webhook and watches the deployment succeed', async () => {
    await nav('Applications').click();
    await checkPage('applications-empty');
    await page.getByRole('button', { name: 'Register application' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name', { exact: true }).fill('web-shop');
    await dialog.getByLabel('Image').fill('registry.example.com/acme/web-shop');
    await dialog.getByRole('button', { name: 'Register application' }).click();
    const token = (await page.getByTestId('one-time-secret').textContent())!;
    expect(token).toMatch(/^whk_/);
    secrets.add(token);
    await checkPage('application-registered');
    await dialog.getByRole('link', { name: 'Details' }).click();
    await page.getByRole('heading', { name: /web-shop/, level: 1 }).waitFor();
    expect(await page.content(), 'the token is shown once, not on the detail page').not.toContain(token);

    // Its variable DATABASE_PASSWORD references the secret, picked by name in the editor.
    const variables = page.getByRole('region', { name: 'Variables' });
    await expect.poll(() => variables.getByRole('button', { name: 'Application' }).getAttribute('aria-pressed')).toBe('true');
    await variables.getByRole('button', { name: 'Add variable' }).click();
    const editor = page.getByRole('dialog');
    await editor.getByLabel('Key').fill('DATABASE_PASSWORD');
    await editor.getByLabel('Kind').selectOption('secret_ref');
    await editor.getByRole('searchbox', { name: 'Search secrets by name' }).fill('DATABASE');
    await editor.getByRole('radio', { name: /DATABASE_PASSWORD/ }).check();
    await editor.getByText('Chosen: DATABASE_PASSWORD (web)').waitFor();
    await checkPage('variable-editor');
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.waitFor({ state: 'detached' });
    const variable = variables.getByRole('row', { name: /DATABASE_PASSWORD/ });
    await variable.getByText('Secret reference').waitFor();
    await variable.getByText('DATABASE_PASSWORD (web)').waitFor();
    const resolved = page.getByRole('region', { name: 'Resolved environment' }).getByRole('row', { name: /DATABASE_PASSWORD/ });
    await resolved.getByText('secret DATABASE_PASSWORD v1').waitFor();
    await resolved.getByText('Application').waitFor();
    expect(await page.content()).not.toContain(SECRET_VALUE);

    // Deployed as CI would: the curl example shown, with the token shown once in place of its placeholder.
    const curl = (await page.getByTestId('curl-example').textContent())!;
    expect(curl).toContain('$KEYWARDEN_WEBHOOK_TOKEN');
    expect(curl).not.toContain(token);
    const url = /curl -X POST '([^']+)'/.exec(curl)![1]!;
    expect(url).toBe(await page.getByTestId('webhook-url').textContent());
    const body = /-d '([^']+)'/.exec(curl)![1]!.replace('<version>', '1.0.0');
    const answer = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body });
    expect(answer.status, await answer.clone().text()).toBeLessThan(300);
    const deployment = page.getByRole('region', { name: 'Deployments' }).getByRole('row', { name: /1\.0\.0/ });
    await deployment.getByText('Webhook').waitFor();
    await deployment.getByText('Succeeded').waitFor({ timeout: 60_000 });
    // Rolled out on the simulated cluster (its deployment controller made the Deployment ready), not into manifests.
    for (const service of ['deployer', 'gitops-sync']) expect(existsSync(join(platform.dataDir, service, 'manifests')), service).toBe(false);

    // Stopped (scaled to zero, deploys refused), then started again: the state follows without a reload.
    const title = page.getByRole('heading', { level: 1 });
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Stop' }).click();
    await title.getByText('Stopped').waitFor();
    expect(await page.getByRole('button', { name: 'Deploy', exact: true }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await title.getByText('Running').waitFor({ timeout: 60_000 });
    await checkPage('application');
    await nav('Applications').click();
    await page.getByRole('link', { name: 'web-shop' }).waitFor();
    await checkPage('applications');
  });

  it('shows notifications and every administration tab', async () => {
    await nav('Notifications').click();
    await page.getByRole('heading', { name: 'Channels' }).waitFor();
    await checkPage('notifications');
    await nav('Administration').click();
    for (const [tab, heading] of [['Users', 'Users'], ['Organizations', 'Members'], ['Access tokens', 'Access tokens'], ['Sessions', 'Your sessions'], ['Single sign-on', 'Identity providers'], ['Maintenance', 'Token cleanup']] as const) {
      await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: tab }).click();
      await page.getByRole('heading', { name: new RegExp(heading) }).first().waitFor();
      if (tab === 'Sessions') await page.getByRole('row', { name: /This session/ }).waitFor();
      if (tab === 'Single sign-on') expect(await page.getByLabel('Allow sign-in with e-mail and password').isChecked()).toBe(true);
      if (tab === 'Maintenance') {
        await page.getByRole('button', { name: 'Run now' }).click();
        await page.getByRole('definition').filter({ hasText: 'by hand' }).waitFor();
      }
      await checkPage(`admin-${tab.toLowerCase().replaceAll(' ', '-')}`);
    }
    await page.getByRole('row', { name: /ann@example\.com/ }).first().waitFor().catch(() => undefined);
  });

  it('shows the journey in the audit trail: filters kept in the URL, keyset pages, a JSON Lines export, and the timelines', async () => {
    // Every URL the page asks for: no credential may ever be in one (the export goes with the Authorization header).
    const requested: string[] = [];
    const record = (request: { url: () => string }) => requested.push(request.url());
    page.on('request', record);
    await nav('Audit').click();
    await page.getByRole('heading', { name: 'Audit', level: 1 }).waitFor();
    await expect.poll(() => nav('Audit').getAttribute('aria-current')).toBe('page');
    // Acme's trail (the organization in the header): its project and application, linked to their pages.
    const table = page.getByRole('table', { name: 'Audit entries' });
    await table.getByRole('row', { name: /Project created/ }).getByRole('link', { name: 'Web' }).waitFor();
    await table.getByRole('row', { name: /Application registered/ }).getByRole('link', { name: 'web-shop' }).waitFor();
    expect(await table.getByRole('row', { name: /Secret created/ }).count(), 'a secret belongs to no organization').toBe(0);

    // An administrator widens to every organization: the secret, its reveal and the account appear.
    await page.getByLabel('Entries of').selectOption('all');
    await expect.poll(() => new URL(page.url()).searchParams.get('scope')).toBe('all');
    await table.getByRole('row', { name: /Secret created/ }).getByText('DATABASE_PASSWORD').waitFor();
    await table.getByRole('row', { name: /Secret revealed/ }).getByText('you', { exact: true }).waitFor();
    await table.getByRole('row', { name: /Account connected/ }).getByRole('link', { name: 'dev' }).waitFor();
    await table.getByRole('row', { name: /Deployment succeeded/ }).first().getByText('Success').waitFor();
    await checkPage('audit');

    // Filtered by resource kind: the filter is in the URL, and only the secret's entries are left, newest first.
    await page.getByLabel('Resource kind').selectOption('secret');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('resourceKind')).toBe('secret');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
    expect(await table.locator('tbody tr td:nth-child(2)').allTextContents()).toEqual(['Secret revealed', 'Secret created']);

    // Exported with the same filters as JSON Lines: the two entries, with the same trace ids as the table, no value.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON Lines' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^keywarden-audit-.*\.jsonl$/);
    const text = await readFile((await download.path())!, 'utf8');
    const lines = text.trim().split('\n').map((line) => JSON.parse(line) as Record<string, string>);
    expect(lines.map((line) => [line['action'], line['resourceKind'], line['outcome']])).toEqual([
      ['SecretRevealed', 'secret', 'success'],
      ['SecretCreated', 'secret', 'success'],
    ]);
    expect(lines[1]!['resourceName']).toBe('DATABASE_PASSWORD');
    expect(lines[0]!['resourceId']).toBe(lines[1]!['resourceId']);
    const traces = await table.locator('tbody tr code').evaluateAll((codes) => codes.map((code) => code.getAttribute('title')));
    expect(lines.map((line) => line['traceId'])).toEqual(traces);
    expect(text).not.toContain(SECRET_VALUE);
    expect(text, 'the reveal reason is free-form text: never in the trail').not.toContain('checking the database migration');
    await page.getByText(/^Saved keywarden-audit-/).waitFor();

    // Keyset pages of three: "Load more" appends the next page, no entry twice, newest first throughout.
    await page.goto(`${platform.gateway}/audit?scope=all&pageSize=3`);
    await expect.poll(() => table.locator('tbody tr').count()).toBe(3);
    await page.getByRole('button', { name: 'Load more' }).click();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(6);
    const times = await table.locator('tbody tr td:first-child').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('title') ?? ''));
    expect([...times].sort().reverse()).toEqual(times);
    const ids = await table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-event-id')));
    expect(new Set(ids).size).toBe(6);

    // The account's timeline: its connection, in the same words.
    await page.goto(`${platform.gateway}/connections/${accountId}`);
    const timeline = page.getByRole('region', { name: 'Timeline' }).getByRole('table', { name: 'Timeline of dev' });
    await timeline.getByRole('row', { name: /Account connected/ }).getByText('you', { exact: true }).waitFor();
    await checkPage('account-timeline');
    // The secret's, under its history, newest first: created, then revealed, then the deployments of web-shop that
    // carry it (linked entries: the webhook deploy and the one starting it again).
    await nav('Secrets').click();
    await page.getByRole('row', { name: /DATABASE_PASSWORD/ }).getByRole('button', { name: 'History: DATABASE_PASSWORD' }).click();
    const secretTimeline = page.getByRole('dialog').getByRole('table', { name: 'Timeline of DATABASE_PASSWORD' });
    const actions = () => secretTimeline.locator('tbody tr td:nth-child(2)').allTextContents();
    await expect.poll(actions).toEqual(['Deployment succeeded', 'Deployment succeeded', 'Secret revealed', 'Secret created']);
    // With KW_JAEGER_UI_URL set, each trace id links to its trace in Jaeger, in a new tab.
    const traceLinks = secretTimeline.getByRole('link', { name: /^[0-9a-f]{12}… \(its trace in Jaeger, new tab\)$/ });
    await expect.poll(() => traceLinks.count(), { timeout: 20_000 }).toBe(4);
    for (const link of await traceLinks.all()) {
      const id = await link.locator('code').getAttribute('title');
      expect(await link.getAttribute('href')).toBe(`${JAEGER}/trace/${id}`);
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(await link.getAttribute('rel')).toContain('noopener');
    }
    await checkPage('secret-history');
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).last().click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    page.off('request', record);
    for (const url of requested) for (const secret of secrets) expect(url.includes(secret), `a credential in ${url}`).toBe(false);
    expect(requested.some((url) => url.includes('/api/v1/audit/export?') && url.includes('resourceKind=secret') && url.includes('format=jsonl'))).toBe(true);
  });

  it('shows what depends on the account and on the secret, and lists it before a disconnect or a delete (both cancelled)', async () => {
    const environments = ['development', 'staging', 'production'];
    // The account: the Git credential bindings of project Web's three environments, and their GitRepositories.
    await page.goto(`${platform.gateway}/connections/${accountId}`);
    const impact = page.getByRole('region', { name: 'What depends on this' });
    const bindings = impact.getByRole('list', { name: 'Git credential bindings' }).getByRole('listitem');
    await expect.poll(() => bindings.count(), { timeout: 20_000 }).toBe(3);
    for (const env of environments) await bindings.filter({ hasText: `Web · ${env}` }).getByText(`project-web-${env}/web-git-auth`).waitFor();
    const repositories = impact.getByRole('list', { name: 'Flux GitRepositories' }).getByRole('listitem');
    const repositoryCount = await repositories.count();
    expect(repositoryCount).toBeGreaterThan(0);
    for (const text of await repositories.allTextContents()) expect(text).toContain('dev/web');
    await checkPage('account-impact');

    // Disconnecting it lists the same bindings first; cancelled, the account stays connected.
    await nav('Connections').click();
    await page.getByRole('button', { name: 'Disconnect: dev' }).click();
    const disconnect = page.getByRole('alertdialog', { name: 'Disconnect dev?' });
    const affected = disconnect.getByRole('region', { name: 'What this will affect' });
    await affected.getByText(`Affected: ${3 + repositoryCount}`).waitFor();
    for (const env of environments) await affected.getByRole('list', { name: 'Git credential bindings' }).getByText(`Web · ${env}`).waitFor();
    expect(await disconnect.getByRole('button', { name: 'Disconnect' }).isEnabled()).toBe(true);
    await checkPage('account-disconnect-confirm');
    await disconnect.getByRole('button', { name: 'Cancel' }).click();
    await disconnect.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Disconnect: dev' }).waitFor();

    // The secret: referenced by web-shop's application-scoped variable, and carried (v1, current) by its live deployment.
    await nav('Secrets').click();
    const group = page.getByRole('region', { name: 'What depends on this' });
    await group.getByRole('list', { name: 'Secrets in the group' }).getByText('DATABASE_PASSWORD').waitFor();
    await group.getByRole('list', { name: 'Environment variables' }).getByRole('listitem').filter({ hasText: 'Application' }).getByText('web-shop').waitFor();
    await checkPage('group-impact');
    await page.getByRole('row', { name: /DATABASE_PASSWORD/ }).getByRole('button', { name: 'History: DATABASE_PASSWORD' }).click();
    const history = page.getByRole('dialog').getByRole('region', { name: 'What depends on this' });
    const variables = history.getByRole('list', { name: 'Environment variables' }).getByRole('listitem');
    await expect.poll(() => variables.count(), { timeout: 20_000 }).toBe(1);
    await variables.getByRole('link', { name: 'DATABASE_PASSWORD' }).waitFor();
    await variables.getByText('Application', { exact: true }).waitFor();
    const applications = history.getByRole('list', { name: 'Applications' }).getByRole('listitem');
    expect(await applications.count()).toBe(1);
    await applications.getByRole('link', { name: 'web-shop' }).waitFor();
    const live = history.getByRole('list', { name: 'Live deployments' }).getByRole('listitem');
    await live.getByText('DATABASE_PASSWORD v1').waitFor();
    await live.getByText('current', { exact: true }).waitFor();
    await checkPage('secret-impact');
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).last().click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    // Deleting it lists the variable, the application and its deployment first; cancelled, it stays.
    await page.getByRole('row', { name: /DATABASE_PASSWORD/ }).getByRole('button', { name: 'Delete DATABASE_PASSWORD' }).click();
    const remove = page.getByRole('alertdialog', { name: 'Delete DATABASE_PASSWORD?' });
    const listed = remove.getByRole('region', { name: 'What this will affect' });
    await listed.getByText('Affected: 3').waitFor();
    await listed.getByRole('list', { name: 'Environment variables' }).getByRole('link', { name: 'DATABASE_PASSWORD' }).waitFor();
    await listed.getByRole('list', { name: 'Live deployments' }).getByRole('link', { name: 'web-shop' }).waitFor();
    await checkPage('secret-delete-confirm');
    await remove.getByRole('button', { name: 'Cancel' }).click();
    await remove.waitFor({ state: 'detached' });
    await page.getByRole('row', { name: /DATABASE_PASSWORD/ }).getByText('v1').waitFor();

    // A new value is a rotation: its dialog lists the same before saving (cancelled here, nothing typed).
    await page.getByRole('row', { name: /DATABASE_PASSWORD/ }).getByRole('button', { name: 'New value: DATABASE_PASSWORD' }).click();
    const edit = page.getByRole('dialog', { name: 'New value: DATABASE_PASSWORD' });
    await edit.getByRole('region', { name: 'What this will affect' }).getByText('Affected: 3').waitFor();
    expect(await edit.getByRole('button', { name: 'Save' }).isEnabled()).toBe(true);
    await edit.getByRole('button', { name: 'Cancel' }).click();
    await edit.waitFor({ state: 'detached' });
  });

  it('keeps the session over a reload (the refresh cookie, no stored token)', async () => {
    await nav('Overview').click();
    await page.reload();
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await checkPage('overview-after-reload');
  });

  it('switches to Chinese', async () => {
    await page.getByRole('button', { name: /^Language/ }).click();
    await page.getByRole('menuitemradio', { name: '中文' }).click();
    await page.getByRole('heading', { name: '概览', level: 1 }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await checkPage('overview-zh');
    await nav('密钥').click();
    await page.getByRole('row', { name: /DATABASE_PASSWORD/ }).waitFor();
    await checkPage('secrets-zh');
    await nav('项目').click();
    await checkPage('projects-zh');
    await nav('应用').click();
    await checkPage('applications-zh');
    await page.getByRole('link', { name: 'web-shop' }).click();
    await page.getByRole('heading', { name: '解析后的环境' }).waitFor();
    await checkPage('application-zh');
    await nav('审计').click();
    await page.getByRole('heading', { name: '审计', level: 1 }).waitFor();
    await page.getByRole('table', { name: '审计条目' }).getByRole('row', { name: /项目已创建/ }).waitFor();
    await checkPage('audit-zh');
  });

  it('signs out: the session ends and a reload stays signed out', async () => {
    await page.getByRole('button', { name: '账户菜单' }).click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page.waitForURL('**/sign-in');
    await page.getByRole('heading', { name: '登录 Keywarden' }).waitFor();
    await checkPage('sign-in-zh');
    await page.reload();
    await page.getByRole('heading', { name: '登录 Keywarden' }).waitFor();
    expect((await browser.context.cookies()).some((c) => c.name === 'kw_refresh' && c.value)).toBe(false);
  });

  it("follows a notification's reconnect link while signed out: sign in, then on to the provider and back", async () => {
    await page.goto(`${platform.gateway}/connections/${accountId}/reconnect`);
    // The gateway sends a signed-out browser to the sign-in page, which keeps where it was going.
    await page.waitForURL('**/sign-in?returnTo=*');
    expect(new URL(page.url()).searchParams.get('returnTo')).toBe(`/connections/${accountId}/reconnect`);
    await page.getByLabel('邮箱').fill(credentials.email);
    await page.getByLabel('密码').fill(credentials.password);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.waitForURL(`**/connections/${accountId}?reconnected=1`);
    await page.getByText(/^账户已重新连接：同一账户，新的授权（第 [2-9] 代）。$/).waitFor();
    await checkPage('account-reconnected-zh');
    await page.getByRole('button', { name: '账户菜单' }).click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page.waitForURL('**/sign-in');
  });

  it('saw no browser console error and no failed request during the run', () => {
    expect(browser.problems).toEqual([]);
  });
});
