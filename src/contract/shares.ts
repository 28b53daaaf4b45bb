// Share links of the clinician report: what the owner sends to make one, what they get back once
// (the link itself is never stored, so it cannot be shown again), and the list with each access log.
import { z } from 'zod';
import { SHARE_DAYS } from '../core/share/expiry.js';
import { isoDate } from './diary-values.js';

export const SHARE_PASSCODE = { min: 4, max: 64 } as const;
export const SHARE_LABEL_MAX = 80;

export const CreateShareRequest = z
  .strictObject({
    expiresInDays: z
      .number('must be a whole number from 1 to 90')
      .int('must be a whole number from 1 to 90')
      .min(SHARE_DAYS.min, 'must be a whole number from 1 to 90')
      .max(SHARE_DAYS.max, 'must be a whole number from 1 to 90')
      .describe('How long the link works, in whole days.'),
    from: isoDate.optional().describe('First local date shown; without it, from the first entry.'),
    to: isoDate.optional().describe('Last local date shown; without it, up to the day the link is opened.'),
    passcode: z
      .string()
      .min(SHARE_PASSCODE.min, `must be at least ${SHARE_PASSCODE.min} characters`)
      .max(SHARE_PASSCODE.max, `must be at most ${SHARE_PASSCODE.max} characters`)
      .optional()
      .describe('Asked for before the report is shown; give it to the clinician separately.'),
    label: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(SHARE_LABEL_MAX, `must be at most ${SHARE_LABEL_MAX} characters`)
      .optional()
      .describe('A name for the link (who it is for); shown in the list and in the SMART Health Link.'),
  })
  .refine((r) => r.from === undefined || r.to === undefined || r.from <= r.to, {
    path: ['to'],
    message: 'must not be before from',
  })
  .meta({ id: 'CreateShareRequest' });
export type CreateShareRequest = z.input<typeof CreateShareRequest>;

export const CreatedShare = z
  .object({
    id: z.uuid(),
    url: z.url().describe('The link to give the clinician. Shown only now: only its hash is stored.'),
    expiresAt: z.iso.datetime(),
    qrSvg: z.string().describe('An SVG QR code of the link (with the SMART Health Link after #).'),
    shlink: z
      .string()
      .nullable()
      .describe('The same share as a SMART Health Link (shlink:/…); null when the server is not on https.'),
  })
  .meta({ id: 'CreatedShare' });
export type CreatedShare = z.infer<typeof CreatedShare>;

export const ShareView = z
  .object({
    at: z.iso.datetime(),
    addressPrefix: z.string().describe('The first half of the viewer’s address only (203.0.x.x).'),
    what: z
      .enum(['page', 'pdf', 'fhir', 'shl'])
      .describe('The page, the PDF, the FHIR file or the SHL manifest.'),
    recipient: z
      .string()
      .nullable()
      .describe('For an SHL fetch, who the receiving system said it is (unverified); null otherwise.'),
  })
  .meta({ id: 'ShareView' });
export type ShareView = z.infer<typeof ShareView>;

export const Share = z
  .object({
    id: z.uuid(),
    label: z.string().nullable(),
    from: z.iso.date().nullable(),
    to: z.iso.date().nullable(),
    hasPasscode: z.boolean(),
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
    revokedAt: z.iso.datetime().nullable(),
    status: z.enum(['active', 'expired', 'revoked']),
    views: z.array(ShareView).describe('Every access, oldest first.'),
  })
  .meta({ id: 'Share' });
export type Share = z.infer<typeof Share>;

export const ShareList = z
  .object({ items: z.array(Share).describe('Newest first.') })
  .meta({ id: 'ShareList' });
export type ShareList = z.infer<typeof ShareList>;

export const ShareIdParams = z.strictObject({ id: z.uuid('must be a share id') });

/** The SMART Health Link manifest request (HL7 SHL): who asks, the passcode when the link has one. */
export const ShlManifestRequest = z
  .object({
    recipient: z.string().min(1, 'is required').max(200),
    passcode: z.string().max(SHARE_PASSCODE.max).optional(),
    embeddedLengthMax: z.number().int().min(0).optional(),
  })
  .meta({ id: 'ShlManifestRequest' });
