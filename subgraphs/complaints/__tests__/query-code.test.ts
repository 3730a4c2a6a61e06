import { deriveQueryCode, hashQueryCode, newQueryCodeSalt } from '../src/workflow/query-code';

const SECRET = 'test-person-key-secret-0123456789abcdef';

describe('query codes', () => {
  it('are 16 symbols in four groups, without look-alike characters', () => {
    expect(deriveQueryCode(SECRET, '00'.repeat(16), 'key-0123456789abcdef')).toMatch(/^([2-9A-HJ-NP-Z]{4}-){3}[2-9A-HJ-NP-Z]{4}$/);
  });

  it('come back the same for a retry (same salt and key) and differ for every new salt', () => {
    const salt = newQueryCodeSalt();
    expect(deriveQueryCode(SECRET, salt, 'key-0123456789abcdef')).toBe(deriveQueryCode(SECRET, salt, 'key-0123456789abcdef'));
    const codes = new Set(Array.from({ length: 1000 }, () => deriveQueryCode(SECRET, newQueryCodeSalt(), 'key-0123456789abcdef')));
    expect(codes.size).toBe(1000);
  });

  it('depend on the server secret, so the stored salt alone does not give the code', () => {
    const salt = newQueryCodeSalt();
    expect(deriveQueryCode(SECRET, salt, 'key-0123456789abcdef')).not.toBe(deriveQueryCode(`${SECRET}x`, salt, 'key-0123456789abcdef'));
  });

  it('hash the same however the person types them', () => {
    expect(hashQueryCode('k7qm 4rxa-9tfd-2whe')).toBe(hashQueryCode('K7QM-4RXA-9TFD-2WHE'));
    expect(hashQueryCode('K7QM-4RXA-9TFD-2WHE')).toMatch(/^[0-9a-f]{64}$/);
  });
});
