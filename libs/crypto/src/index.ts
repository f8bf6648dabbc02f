export { CryptoError, type CryptoErrorCode } from './crypto-error.js';
export { isEncryptedValue, type EncryptedValue } from './envelope.js';
export { Keyring, generateMasterKey, type KeyringOptions } from './keyring.js';
export { MIN_TOKEN_BYTES, constantTimeEqual, fingerprint, generateToken, sha256Hex } from './tokens.js';
