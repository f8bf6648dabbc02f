// The gateway's settings for the console (GET /api/v1/console/settings): asked once per session, by the
// pages that show trace ids (the audit page, the timelines), never by the overview's first load.
import { $api } from './client';

export function useConsoleSettings() {
  return $api.useQuery('get', '/api/v1/console/settings', {}, { staleTime: Infinity, gcTime: Infinity, retry: false });
}
