import { defineConfig } from 'drizzle-kit';

// One schema file per area (users, sessions, keys, organizations, pats, sso, ...).
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema/*.ts',
  out: './drizzle',
});
