// A real OpenID provider (oidc-provider) for SSO tests: its own subpath, so importing the other simulators
// does not load it.
export * from './provider.js';
