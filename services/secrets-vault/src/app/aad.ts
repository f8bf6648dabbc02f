// The additional data each encrypted value is sealed under: its record id, so a ciphertext
// copied onto another row fails to decrypt.
export const secretAad = (secretId: string, version: number) => `secret:${secretId}:${version}`;
export const envAad = (envVarId: string) => `env:${envVarId}`;
export const providerAad = (providerId: string) => `provider:${providerId}`;
