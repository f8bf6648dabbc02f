// The connected account aggregate (stream "account-<id>"): which grant generation
// it holds, whether it can still be refreshed, and which expiry warnings were given.
// Pure: time comes in through the commands.
import { BrokerError } from '../errors.js';
import { assertNever, type ContractEvent, type Decider } from '@keywarden/domain';
import { DAY_MS, type ErrorClass, type GrantKind, type Trigger } from '../types.js';

export type AccountEvent =
  | ContractEvent<'AccountConnected'>
  | ContractEvent<'TokenRefreshed'>
  | ContractEvent<'TokenRefreshFailed'>
  | ContractEvent<'ReauthorizationRequired'>
  | ContractEvent<'RefreshTokenExpiring'>
  | ContractEvent<'RefreshTokenExpired'>
  | ContractEvent<'AccountDisconnected'>
  | ContractEvent<'AccountMarkedExpired'>;

export type AccountStatus = 'active' | 'refreshing' | 'reauthorization_required' | 'expired' | 'disconnected';

export type Grant = {
  accountId: string;
  providerAppId: string;
  provider: string;
  userId: string;
  grantKind: GrantKind;
  generation: number;
  expiresAt: string;
  refreshExpiresAt: string | undefined;
  /** Warning thresholds (7, 3, 0 days) already given for the current refresh token. */
  warned: number[];
  /** Start of the current run of failed refreshes. */
  failingSince: string | undefined;
  attempt: number;
  lastErrorClass: string;
  lastProviderCode: string;
};

export type AccountState = { status: 'none' } | ({ status: AccountStatus } & Grant);

export type AccountCommand =
  | {
      type: 'Connect';
      accountId: string;
      providerAppId: string;
      provider: string;
      userId: string;
      externalUserId: string;
      username: string;
      scopes: string[];
      grantKind: GrantKind;
      expiresAt: string;
      refreshExpiresAt: string | undefined;
    }
  | {
      type: 'RecordRefresh';
      /** The generation the refresh started from: a grant replaced meanwhile (re-connect) must not be overwritten. */
      fromGeneration: number;
      expiresAt: string;
      refreshExpiresAt: string | undefined;
      trigger: Trigger;
    }
  | {
      type: 'RecordRefreshFailure';
      errorClass: ErrorClass;
      providerCode: string;
      httpStatus: number;
      trigger: Trigger;
      now: string;
      /** When the broker will try again if the error is worth retrying. */
      nextAttemptAt: string;
      expireAfterDays: number;
    }
  | { type: 'CheckRefreshTokenExpiry'; now: string }
  | { type: 'Disconnect'; actorUserId: string; reason: 'user' | 'admin' | 'user_disabled'; revokedAtProvider: boolean };

/** Days before the refresh token's end at which the owner is warned; 0 is "expired". */
export const WARNING_THRESHOLDS = [7, 3] as const;

const usable = (state: AccountState): state is { status: 'active' | 'refreshing' } & Grant =>
  state.status === 'active' || state.status === 'refreshing';

export function decideAccount(command: AccountCommand, state: AccountState): AccountEvent[] {
  switch (command.type) {
    case 'Connect': {
      const generation = state.status === 'none' ? 1 : state.generation + 1;
      return [{
        type: 'AccountConnected',
        data: {
          accountId: command.accountId, providerAppId: command.providerAppId, provider: command.provider, userId: command.userId,
          externalUserId: command.externalUserId, username: command.username, scopes: command.scopes, grantKind: command.grantKind,
          expiresAt: command.expiresAt, refreshExpiresAt: command.refreshExpiresAt, generation,
        },
      }];
    }
    case 'RecordRefresh': {
      if (!usable(state)) throw notUsable(state);
      // A newer grant is in place (connected again while this refresh talked to the provider): it stays.
      if (state.generation !== command.fromGeneration) return [];
      return [{
        type: 'TokenRefreshed',
        data: {
          accountId: state.accountId, provider: state.provider, expiresAt: command.expiresAt,
          refreshExpiresAt: command.refreshExpiresAt, generation: state.generation + 1, trigger: command.trigger,
        },
      }];
    }
    case 'RecordRefreshFailure':
      // A failure that races a disconnect or an earlier verdict changes nothing: one verdict per grant.
      return usable(state) ? refreshFailed(command, state) : [];
    case 'CheckRefreshTokenExpiry':
      return usable(state) ? expiryWarnings(command.now, state) : [];
    case 'Disconnect': {
      if (state.status === 'none') throw new BrokerError('ERR_ACCOUNT_NOT_FOUND', 'no such account', 'OAUTH-acc1');
      if (state.status === 'disconnected') return [];
      return [{
        type: 'AccountDisconnected',
        data: {
          accountId: state.accountId, provider: state.provider, userId: state.userId, actorUserId: command.actorUserId,
          reason: command.reason, revokedAtProvider: command.revokedAtProvider,
        },
      }];
    }
    default:
      return assertNever(command);
  }
}

function refreshFailed(
  command: Extract<AccountCommand, { type: 'RecordRefreshFailure' }>,
  state: { status: 'active' | 'refreshing' } & Grant,
): AccountEvent[] {
  const attempt = state.attempt + 1;
  const base = {
    accountId: state.accountId, provider: state.provider, errorClass: command.errorClass, providerCode: command.providerCode,
    attempt, httpStatus: command.httpStatus, generation: state.generation, trigger: command.trigger,
    failingSince: state.failingSince ?? command.now,
  };
  switch (command.errorClass) {
    case 'invalid_grant':
    case 'invalid_token':
      return [
        { type: 'TokenRefreshFailed', data: { ...base, willRetry: false } },
        {
          type: 'ReauthorizationRequired',
          data: {
            accountId: state.accountId, provider: state.provider, userId: state.userId, errorClass: command.errorClass,
            providerCode: command.providerCode, generation: state.generation,
          },
        },
      ];
    case 'invalid_client':
      // The app is broken, not the grant: the provider app gets AppCredentialInvalid and refreshes wait for a fixed app.
      return [{ type: 'TokenRefreshFailed', data: { ...base, willRetry: false } }];
    case 'transient':
    case 'rate_limited':
    case 'unknown': {
      const failingSince = base.failingSince;
      if (Date.parse(command.now) - Date.parse(failingSince) >= command.expireAfterDays * DAY_MS) {
        return [
          { type: 'TokenRefreshFailed', data: { ...base, willRetry: false } },
          {
            type: 'AccountMarkedExpired',
            data: {
              accountId: state.accountId, provider: state.provider, userId: state.userId, failingSince,
              lastErrorClass: command.errorClass, lastProviderCode: command.providerCode, generation: state.generation,
            },
          },
        ];
      }
      return [{ type: 'TokenRefreshFailed', data: { ...base, willRetry: true, nextAttemptAt: command.nextAttemptAt } }];
    }
    default:
      return assertNever(command.errorClass);
  }
}

/** The one warning due now, if any: the most urgent threshold not yet given. App and tenant grants never warn. */
function expiryWarnings(now: string, state: Grant): AccountEvent[] {
  if (state.grantKind !== 'user' || state.refreshExpiresAt === undefined) return [];
  const left = Date.parse(state.refreshExpiresAt) - Date.parse(now);
  const common = { accountId: state.accountId, provider: state.provider, userId: state.userId, generation: state.generation };
  if (left <= 0) {
    return state.warned.includes(0) ? [] : [{ type: 'RefreshTokenExpired', data: { ...common, expiredAt: state.refreshExpiresAt } }];
  }
  const due = [...WARNING_THRESHOLDS].sort((a, b) => a - b).find((days) => left <= days * DAY_MS);
  if (due === undefined || state.warned.includes(due)) return [];
  return [{
    type: 'RefreshTokenExpiring',
    data: { ...common, daysLeft: Math.ceil(left / DAY_MS), thresholdDays: due, expiresAt: state.refreshExpiresAt },
  }];
}

function notUsable(state: AccountState): BrokerError {
  if (state.status === 'none') return new BrokerError('ERR_ACCOUNT_NOT_FOUND', 'no such account', 'OAUTH-acc2');
  return new BrokerError('ERR_ACCOUNT_NOT_USABLE', `the account is ${state.status}; connect it again`, 'OAUTH-acc3');
}

export function evolveAccount(state: AccountState, event: AccountEvent): AccountState {
  switch (event.type) {
    case 'AccountConnected': {
      const d = event.data;
      return {
        status: 'active', accountId: d.accountId, providerAppId: d.providerAppId, provider: d.provider, userId: d.userId,
        grantKind: d.grantKind as GrantKind, generation: d.generation, expiresAt: d.expiresAt ?? '', refreshExpiresAt: d.refreshExpiresAt,
        warned: [], failingSince: undefined, attempt: 0, lastErrorClass: '', lastProviderCode: '',
      };
    }
    case 'TokenRefreshed': {
      if (state.status === 'none') return state;
      const d = event.data;
      // A refresh token with a later end starts a new warning cycle; one that keeps its end (Feishu) does not,
      // whatever second-level rounding the provider's expires_in brings.
      const moved = refreshEndMoved(state.refreshExpiresAt, d.refreshExpiresAt);
      return {
        ...state, status: 'active', generation: d.generation, expiresAt: d.expiresAt ?? state.expiresAt,
        refreshExpiresAt: d.refreshExpiresAt, warned: moved ? [] : state.warned, failingSince: undefined, attempt: 0,
        lastErrorClass: '', lastProviderCode: '',
      };
    }
    case 'TokenRefreshFailed': {
      if (state.status === 'none') return state;
      const d = event.data;
      return {
        ...state, status: d.willRetry ? 'refreshing' : state.status, attempt: d.attempt,
        failingSince: d.failingSince ?? state.failingSince, lastErrorClass: d.errorClass, lastProviderCode: d.providerCode,
      };
    }
    case 'ReauthorizationRequired':
      return state.status === 'none' ? state : { ...state, status: 'reauthorization_required' };
    case 'RefreshTokenExpiring':
      return state.status === 'none' ? state : { ...state, warned: [...state.warned, ...WARNING_THRESHOLDS.filter((t) => t >= event.data.thresholdDays)] };
    case 'RefreshTokenExpired':
      return state.status === 'none' ? state : { ...state, status: 'expired', warned: [0, ...WARNING_THRESHOLDS] };
    case 'AccountDisconnected':
      return state.status === 'none' ? state : { ...state, status: 'disconnected' };
    case 'AccountMarkedExpired':
      return state.status === 'none' ? state : { ...state, status: 'expired' };
    default:
      return assertNever(event);
  }
}

/** Refresh-token ends closer than this are the same token (providers round their lifetimes). */
export const SAME_END_TOLERANCE_MS = 3_600_000;

function refreshEndMoved(before: string | undefined, after: string | undefined): boolean {
  if (before === undefined || after === undefined) return before !== after;
  return Date.parse(after) - Date.parse(before) > SAME_END_TOLERANCE_MS;
}

export const accountDecider: Decider<AccountState, AccountCommand, AccountEvent> = {
  decide: decideAccount,
  evolve: evolveAccount,
  initialState: () => ({ status: 'none' }),
};

export const accountStream = (accountId: string) => `account-${accountId}`;
