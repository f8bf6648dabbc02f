// Connecting and reconnecting are top-level navigations to the gateway: it
// authenticates them by the HttpOnly refresh cookie, binds the attempt to this
// browser (its own HttpOnly cookie) and redirects to the provider. The provider
// sends the browser back to the gateway, which finishes and redirects to the
// account page (`/connections/{id}?connected=1`) or to
// `/connections/connect-failed?code=ERR_…`. No code or state passes through a page.

export const authorizeHref = (providerAppId: string) => `/api/v1/oauth/provider-apps/${encodeURIComponent(providerAppId)}/authorize`;
export const reconnectHref = (accountId: string) => `/api/v1/oauth/accounts/${encodeURIComponent(accountId)}/reconnect`;
