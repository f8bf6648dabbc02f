// Errors of the contracts codec. Messages name types, fields and headers but never
// echo a value: event data and RPC payloads may carry secrets (an access token reply).

export type ContractErrorCode =
  | 'ERR_UNKNOWN_EVENT_TYPE'
  | 'ERR_UNKNOWN_MESSAGE_TYPE'
  | 'ERR_UNKNOWN_RPC_METHOD'
  | 'ERR_EVENT_ENCODE'
  | 'ERR_EVENT_DECODE'
  | 'ERR_MESSAGE_ENCODE'
  | 'ERR_MESSAGE_DECODE'
  | 'ERR_MISSING_HEADER'
  | 'ERR_INVALID_HEADER'
  | 'ERR_INVALID_NAME'
  | 'ERR_INBOUND_SUBJECT'
  | 'ERR_INBOUND_ENCODE'
  | 'ERR_INBOUND_DECODE';

export type ContractErrorStatus = 400 | 422;

// Data that is well-formed but does not fit the contract is 422; everything else is a bad request.
const statusOf: Record<ContractErrorCode, ContractErrorStatus> = {
  ERR_UNKNOWN_EVENT_TYPE: 400,
  ERR_UNKNOWN_MESSAGE_TYPE: 400,
  ERR_UNKNOWN_RPC_METHOD: 400,
  ERR_EVENT_ENCODE: 422,
  ERR_EVENT_DECODE: 400,
  ERR_MESSAGE_ENCODE: 422,
  ERR_MESSAGE_DECODE: 400,
  ERR_MISSING_HEADER: 400,
  ERR_INVALID_HEADER: 400,
  ERR_INVALID_NAME: 400,
  ERR_INBOUND_SUBJECT: 400,
  ERR_INBOUND_ENCODE: 422,
  ERR_INBOUND_DECODE: 400,
};

export class ContractError extends Error {
  override readonly name = 'ContractError';
  readonly status: ContractErrorStatus;

  constructor(
    readonly code: ContractErrorCode,
    message: string,
    // Path of the offending field or name of the offending header, when there is one.
    readonly field?: string,
  ) {
    super(message);
    this.status = statusOf[code];
  }
}

export function isContractError(err: unknown): err is ContractError {
  return err instanceof ContractError;
}
