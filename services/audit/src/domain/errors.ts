import { KeywardenError } from '@keywarden/errors';

export type AuditErrorCode = 'ERR_VALIDATION' | 'ERR_FORBIDDEN' | 'ERR_NOT_FOUND';

const STATUS: Record<AuditErrorCode, number> = { ERR_VALIDATION: 400, ERR_FORBIDDEN: 403, ERR_NOT_FOUND: 404 };

/** Every failure a caller of the audit service sees; details name fields, never values. */
export class AuditError extends KeywardenError<AuditErrorCode> {
  constructor(code: AuditErrorCode, detail: string, errorId: string) {
    super(code, STATUS[code], detail, { errorId });
  }
}

export const invalid = (detail: string, errorId: string) => new AuditError('ERR_VALIDATION', detail, errorId);
export const forbidden = (detail: string, errorId: string) => new AuditError('ERR_FORBIDDEN', detail, errorId);
export const notFound = (detail: string, errorId: string) => new AuditError('ERR_NOT_FOUND', detail, errorId);
