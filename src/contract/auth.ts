// Sign-up and log-in requests: POST /api/auth/signup and /api/auth/login. Both answer the Profile
// (src/contract/profile.ts). The limits here are the ones the web forms show.
import { z } from 'zod';
import { passwordProblem } from '../core/account/password-policy.js';
import { isValidTimeZone } from '../core/pregnancy/time-zones.js';

export const AUTH_LIMITS = {
  emailLength: 254,
  passwordMin: 10,
  passwordMax: 200,
  nameLength: 80,
} as const;

const email = z
  .string()
  .trim()
  .max(AUTH_LIMITS.emailLength, `must be at most ${AUTH_LIMITS.emailLength} characters`)
  .pipe(z.email('must be a valid email address'));

const newPassword = z
  .string()
  .min(AUTH_LIMITS.passwordMin, `must be at least ${AUTH_LIMITS.passwordMin} characters`)
  .max(AUTH_LIMITS.passwordMax, `must be at most ${AUTH_LIMITS.passwordMax} characters`);

export const SignupRequest = z
  .strictObject({
    email,
    password: newPassword,
    name: z.string().trim().min(1).max(AUTH_LIMITS.nameLength).optional(),
    timezone: z
      .string()
      .refine(isValidTimeZone, 'must be an IANA time zone such as Europe/London')
      .optional(),
    region: z
      .string()
      .regex(/^[A-Za-z]{2}$/, 'must be a two-letter country code')
      .transform((s) => s.toUpperCase())
      .optional(),
  })
  .superRefine((body, check) => {
    const problem = passwordProblem(body.password, body.email);
    if (problem) check.addIssue({ code: 'custom', path: ['password'], message: problem });
  })
  .meta({ id: 'SignupRequest' });
export type SignupRequest = z.input<typeof SignupRequest>;

export const LoginRequest = z
  .strictObject({
    email: z.string().trim().min(1, 'is required').max(AUTH_LIMITS.emailLength),
    password: z.string().min(1, 'is required').max(AUTH_LIMITS.passwordMax),
  })
  .meta({ id: 'LoginRequest' });
export type LoginRequest = z.input<typeof LoginRequest>;
