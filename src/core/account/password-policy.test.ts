import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.js';

describe('passwordProblem', () => {
  it('refuses the most common long passwords in any letter case', () => {
    expect(passwordProblem('Password123', 'ana@example.com')).toMatch(/most common/);
    expect(passwordProblem('QWERTYUIOP', 'ana@example.com')).toMatch(/most common/);
  });

  it('refuses the email or its local part as the password', () => {
    expect(passwordProblem(' Ana.Lopez@Example.com'.trim(), 'ana.lopez@example.com')).toBe(
      'must not be your email address',
    );
    expect(passwordProblem('ana.lopez.k', 'ana.lopez.k@example.com')).toBe('must not be your email address');
  });

  it('accepts anything else', () => {
    expect(passwordProblem('a good long password', 'ana@example.com')).toBeNull();
  });
});
