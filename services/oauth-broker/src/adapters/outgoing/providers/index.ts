import type { Provider } from '../../../domain/types.js';
import { feishuProviderModule, larkProviderModule } from './feishu.js';
import { githubAppProvider, githubProvider } from './github.js';
import { gitlabProvider } from './gitlab.js';
import { oauth2Provider } from './oauth2.js';
import type { ProviderModule } from './types.js';

export const providerModules: Readonly<Record<Provider, ProviderModule>> = {
  gitlab: gitlabProvider,
  feishu: feishuProviderModule,
  lark: larkProviderModule,
  github: githubProvider,
  github_app: githubAppProvider,
  oauth2: oauth2Provider,
};

export { PROVIDER_TIMEOUT_MS } from './http.js';
