// The instance area's RPC endpoints (rpc.identity.<Method>): settings of the whole
// installation, for administrators.
import { endpoint, type AnyRpcEndpoint } from '@keywarden/bus';
import { requireActor, requireAdmin } from '../../../app/actor.js';
import type { InstanceSettings, InstanceSettingsView } from '../../../app/instance/settings.js';

export const settingsMessage = (v: InstanceSettingsView) => ({
  passwordSignIn: v.passwordSignIn, passwordSignInEnabled: v.passwordSignInEnabled, passwordSignInForced: v.passwordSignInForced,
  updatedAt: v.updatedAt?.toISOString(), updatedByUserId: v.updatedByUserId,
});

export function instanceEndpoints(instance: InstanceSettings): AnyRpcEndpoint[] {
  return [
    endpoint('identity.GetInstanceSettings', async (req) => {
      requireAdmin(requireActor(req.actor));
      return { settings: settingsMessage(await instance.view()) };
    }),
    endpoint('identity.UpdateInstanceSettings', async (req) => ({
      settings: settingsMessage(await instance.update(req.actor, { passwordSignIn: req.passwordSignIn })),
    })),
  ];
}
