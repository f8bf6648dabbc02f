import { deciderSpec } from '@keywarden/testing/decider';
import { describe, expect, it } from 'vitest';
import { instanceDecider, passwordSignInDisabled, type InstanceCommand, type InstanceEvent } from './instance.js';

const spec = deciderSpec(instanceDecider);
const set = (passwordSignIn: 'enabled' | 'disabled', enabledSsoProviders = 1): InstanceCommand =>
  ({ type: 'SetPasswordSignIn', passwordSignIn, actorUserId: 'admin-1', enabledSsoProviders });
const disabled: InstanceEvent = { type: 'PasswordSignInDisabled', data: { actorUserId: 'admin-1' } };
const enabled: InstanceEvent = { type: 'PasswordSignInEnabled', data: { actorUserId: 'admin-2' } };

describe('instance settings decider', () => {
  it('starts with password sign-in enabled', () => {
    expect(spec.given().state).toEqual({ passwordSignIn: 'enabled' });
  });

  it('turns password sign-in off while an SSO provider is enabled', () => {
    spec.given().when(set('disabled', 1)).then([disabled]);
    expect(spec.given([disabled]).state).toEqual({ passwordSignIn: 'disabled' });
  });

  it('refuses to turn it off with no SSO provider enabled: nobody could sign in', () => {
    spec.given().when(set('disabled', 0)).thenThrows({ code: 'ERR_CONFLICT', status: 409, errorId: 'IDENT-ins1' });
  });

  it('turns it back on whatever the providers, and records nothing when nothing changes', () => {
    spec.given([disabled]).when({ ...set('enabled', 0), actorUserId: 'admin-2' }).then([enabled]);
    expect(spec.given([disabled, enabled]).state).toEqual({ passwordSignIn: 'enabled' });
    spec.given().when(set('enabled')).thenNothing();
    spec.given([disabled]).when(set('disabled', 0)).thenNothing();
  });

  it('names the refusal of a password sign-in with its own code', () => {
    expect(passwordSignInDisabled('sign-in')).toMatchObject({ code: 'ERR_PASSWORD_SIGN_IN_DISABLED', status: 403, detail: expect.stringContaining('SSO') });
  });
});
