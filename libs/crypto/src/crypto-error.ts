import { KeywardenError, type KeywardenErrorOptions } from '@keywarden/errors';

export type CryptoErrorCode =
  | 'ERR_MASTER_KEY_INVALID'
  | 'ERR_DECRYPT_FAILED'
  | 'ERR_UNKNOWN_KEY_VERSION'
  | 'ERR_INVALID_ARGUMENT';

/**
 * Every crypto failure is a server-side problem (500): a client never learns whether a value
 * was tampered with or a key is missing. Messages never contain keys, plaintext or ciphertext.
 */
export class CryptoError extends KeywardenError<CryptoErrorCode> {
  constructor(code: CryptoErrorCode, detail: string, options?: KeywardenErrorOptions) {
    super(code, 500, detail, options);
  }
}
