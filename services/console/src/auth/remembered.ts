/** The organization the user last chose (a choice, not a secret), remembered across loads. */
export const ORGANIZATION_KEY = 'kw.organization';
