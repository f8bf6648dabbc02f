// Plain JSON <-> protobuf bytes for one message type, shared by events and RPC.
import { ContractError } from './errors.js';
import type { ContractErrorCode } from './errors.js';
import { failWith, fromProtoObject, toProtoObject } from './json.js';
import type { Failure } from './json.js';
import { findMessageType } from './types.js';
import type { ConversionOptions, MessageType } from './types.js';

export type Codes = { encode: ContractErrorCode; decode: ContractErrorCode };

const toObjectOptions: ConversionOptions = {
  longs: Number,
  enums: String,
  bytes: String,
  defaults: true,
  arrays: true,
  objects: true,
};

export function messageType(fullName: string, code: ContractErrorCode = 'ERR_UNKNOWN_MESSAGE_TYPE'): MessageType {
  const found = findMessageType(fullName);
  if (!found) throw new ContractError(code, `no message type ${fullName} in contracts`);
  return found;
}

export function encodeWith(type: MessageType, json: unknown, codes: Codes): Uint8Array {
  const fail = failWith(codes.encode, type.fullName);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) fail('(root)', 'object expected');
  const plain = toProtoObject(type.reflection, json as Record<string, unknown>, fail);
  // The walk above already checked every value; verify is protobufjs' own second opinion.
  const problem = type.codec.verify(plain);
  if (problem !== null) {
    // verify's reasons read "field: string expected"; they name fields, not values.
    throw new ContractError(codes.encode, `${type.fullName}: ${problem}`);
  }
  return type.codec.encode(type.codec.fromObject(plain)).finish();
}

export function decodeWith(type: MessageType, data: Uint8Array, codes: Codes): Record<string, unknown> {
  let message: object;
  try {
    message = type.codec.decode(data);
  } catch (err) {
    // protobufjs reader errors name offsets and wire types, never content.
    const reason = err instanceof Error ? err.message : 'malformed payload';
    throw new ContractError(codes.decode, `${type.fullName}: undecodable payload (${reason})`);
  }
  const plain = type.codec.toObject(message, toObjectOptions);
  return fromProtoObject(type.reflection, plain, decodeFailure(type, codes.decode));
}

// One Failure per message type and code, not one per decoded message.
const decodeFailures = new WeakMap<MessageType, Map<ContractErrorCode, Failure>>();

function decodeFailure(type: MessageType, code: ContractErrorCode): Failure {
  let byCode = decodeFailures.get(type);
  if (!byCode) decodeFailures.set(type, (byCode = new Map()));
  let fail = byCode.get(code);
  if (!fail) byCode.set(code, (fail = failWith(code, type.fullName)));
  return fail;
}
