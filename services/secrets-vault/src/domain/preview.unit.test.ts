import { describe, expect, it } from 'vitest';
import { maskedPreview } from './preview.js';

describe('maskedPreview', () => {
  it('keeps at most a scheme or a well-known prefix', () => {
    expect(maskedPreview('postgres://user:pass@db.internal:5432/app')).toBe('postgres://****@****');
    expect(maskedPreview('redis://cache:6379')).toBe('redis://****');
    expect(maskedPreview('sk_live_51HabcdefghijklmnopQR')).toBe('sk_live_****');
    expect(maskedPreview('hunter2')).toBe('****');
    expect(maskedPreview('canary-1234567890abcdef')).not.toContain('1234567890');
  });
});
