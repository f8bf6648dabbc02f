// The console's audit page speaks of every event type and resource kind in plain words: a new
// event type or aggregate in contracts must get its sentence in en.ts (else the page shows the raw
// type name; zh.ts is typed by en.ts, so the typecheck asks for the Chinese one), and the
// resource-kind filter must offer exactly the kinds the audit service writes (the registry's aggregates).
import { eventTypes } from '@keywarden/contracts';
import { describe, expect, it } from 'vitest';
import { en } from '../../../services/console/src/i18n/en.js';
import { RESOURCE_KINDS } from '../../../services/console/src/pages/audit/kinds.js';

const names = Object.keys(eventTypes).sort();
const aggregates = [...new Set(Object.values(eventTypes).map((info) => info.aggregate))].sort();

describe("the console's audit words", () => {
  it('has a sentence for every event type, and none for a type that does not exist', () => {
    expect(Object.keys(en.auditAction).sort()).toEqual(names);
  });

  it('filters by exactly the resource kinds of the trail, each named', () => {
    expect([...RESOURCE_KINDS].sort()).toEqual(aggregates);
    expect(Object.keys(en.auditKind).sort()).toEqual(aggregates);
  });
});
