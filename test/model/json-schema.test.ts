import { describe, expect, it } from 'vitest';
import { modelJsonSchemas } from '../../src/model/index.js';

describe('JSON Schema export', () => {
  const schemas = modelJsonSchemas();
  it('has a draft 2020-12 schema for every model', () => {
    expect(Object.keys(schemas).sort()).toEqual(['Agent', 'Call', 'Customer', 'Task', 'Transcript', 'Turn']);
    for (const schema of Object.values(schemas)) expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });
  it('describes the input side: defaulted fields are optional', () => {
    expect(schemas.Task.required).toEqual(['id', 'kind', 'createdAt']);
    expect(schemas.Customer.required).toEqual(['id']);
    expect(schemas.Call.required).toEqual(['id', 'direction', 'offeredAt']);
  });
  it('carries the enums of the domain (CALL-1 kinds)', () => {
    const kind = (schemas.Call.properties as Record<string, { enum?: string[] }>).kind;
    expect(kind?.enum).toEqual(['consultation', 'repair', 'emergency', 'complaint', 'callback', 'appointment', 'invitation', 'business']);
  });
});
