import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/adapters/outgoing/db/schema.ts',
  out: './drizzle',
});
